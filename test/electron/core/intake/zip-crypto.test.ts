import { describe, expect, it } from 'vitest';
import {
  decryptZipCrypto,
  encryptZipCrypto,
  zipCryptoCheckByte,
} from '../../../../electron/core/intake/zip/zip-crypto';

const password = Buffer.from('TestData');
const plain = Buffer.from('申报材料 — 正文');

describe('ZipCrypto', () => {
  it('round-trips with the right password', () => {
    const sealed = encryptZipCrypto(plain, password, 0xab);
    expect(Buffer.from(decryptZipCrypto(sealed, password, 0xab)!)).toEqual(plain);
  });

  it('says null when the header check byte does not match (a wrong password)', () => {
    const sealed = encryptZipCrypto(plain, password, 0xab);
    expect(decryptZipCrypto(sealed, Buffer.from('wrong'), 0xab)).toBeNull();
  });

  it('says null for data shorter than the 12-byte header', () => {
    expect(decryptZipCrypto(new Uint8Array(5), password, 0)).toBeNull();
  });

  it('checks against the time when sizes trail the data (bit 3)', () => {
    expect(zipCryptoCheckByte(0x8, 0x12345678, 0xbeef)).toBe(0xbe);
    expect(zipCryptoCheckByte(0, 0x12345678, 0xbeef)).toBe(0x12);
  });
});
