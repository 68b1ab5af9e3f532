import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  cardFileName,
} from '../../../../electron/core/identity/identity-file-names';

const fingerprint = '7KQ2-M9TX-PA4R-3HVN';

describe('the names offered for an identity’s files', () => {
  it('names the card by the person and the fingerprint', () => {
    expect(cardFileName({ name: '张三', fingerprint })).toBe(`身份卡-张三-${fingerprint}.json`);
  });

  it('keeps a name that would be a path or hold control characters a plain name', () => {
    const name = cardFileName({ name: '../a\\b:c\u0000d', fingerprint });
    expect(name).toBe(`身份卡-.._a_b_c_d-${fingerprint}.json`);
    expect([...name].some((c) => c === '/' || c === '\\' || c < ' ')).toBe(false);
  });

  it('names a backup by the fingerprint alone', () => {
    expect(backupFileName(fingerprint)).toBe(`身份备份-${fingerprint}.qbid`);
  });
});
