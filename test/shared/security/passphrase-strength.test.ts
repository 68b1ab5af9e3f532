import { describe, expect, it } from 'vitest';
import {
  judgePassphrase,
  passphraseWeaknessMessage,
} from '../../../shared/security/passphrase-strength';

describe('judgePassphrase', () => {
  it.each([
    ['123456', 'too-short'],
    ['短口令', 'too-short'],
    ['woaini5201314', 'common'],
    ['password2024!', 'common'],
    ['qwertyuiop', 'common'],
    ['aaaaaaaaaaaaaaaa', 'repeat'],
    ['zhangsan19900101', 'common'],
  ] as const)('refuses %s (%s)', (passphrase, weakness) => {
    expect(judgePassphrase(passphrase)).toMatchObject({ acceptable: false, weakness });
  });

  it('refuses a passphrase made of the person’s own name and organisation', () => {
    expect(judgePassphrase('张三质量发展研究院', ['张三', '质量发展研究院'])).toMatchObject({
      acceptable: false,
    });
    expect(
      judgePassphrase('zhangsan-quality-institute', ['zhangsan', 'quality', 'institute']),
    ).toMatchObject({ acceptable: false, weakness: 'personal' });
  });

  it.each([
    'correct horse battery staple',
    'river-lamp-octopus-42',
    '春眠不觉晓处处闻啼鸟',
    'xK9#mQ2!vLp',
  ])('accepts %s', (passphrase) => {
    expect(judgePassphrase(passphrase).acceptable).toBe(true);
  });

  it('folds full-width input before judging (ｐａｓｓｗｏｒｄ is password)', () => {
    expect(judgePassphrase('ｐａｓｓｗｏｒｄ１２３４').acceptable).toBe(false);
  });

  it('says why in Chinese first, then English', () => {
    const { zh, en } = passphraseWeaknessMessage('too-short');
    expect(zh).toMatch(/^口令太短，至少需要 10 个字符。/);
    expect(en).toMatch(/too short/);
  });
});
