import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../electron/core/crypto/sha256-hex';

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 vector for "abc", as text or bytes', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex('abc')).toBe(abc);
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(abc);
  });

  it('hashes its parts one after another, text as UTF-8', () => {
    const whole = sha256Hex(Buffer.from('评审ab', 'utf8'));
    expect(sha256Hex('评审', new Uint8Array([0x61]), 'b')).toBe(whole);
    expect(sha256Hex('评', '审ab')).toBe(whole);
  });
});
