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

  it('gives the same digest when the parts lie one after another in one buffer, or not', () => {
    const buffer = Buffer.from('0123456789abcdefghij', 'latin1');
    const whole = sha256Hex(Buffer.from('3456789abcdefg', 'latin1'));
    // Adjacent views (hashed as one view), out of order, with a gap, and from different buffers.
    expect(sha256Hex(buffer.subarray(3, 8), buffer.subarray(8, 17))).toBe(whole);
    expect(sha256Hex(buffer.subarray(3, 8), buffer.subarray(8, 10), buffer.subarray(10, 17))).toBe(
      whole,
    );
    expect(sha256Hex(buffer.subarray(8, 17), buffer.subarray(3, 8))).toBe(
      sha256Hex(Buffer.from('89abcdefg34567', 'latin1')),
    );
    expect(sha256Hex(buffer.subarray(3, 7), buffer.subarray(8, 17))).toBe(
      sha256Hex(Buffer.from('345689abcdefg', 'latin1')),
    );
    expect(sha256Hex(Buffer.from('34567', 'latin1'), buffer.subarray(8, 17))).toBe(whole);
    expect(sha256Hex(buffer.subarray(3, 8), '89abcdefg')).toBe(whole);
  });

  it("gives the empty string's digest for no parts and for empty ones", () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Hex()).toBe(empty);
    expect(sha256Hex(new Uint8Array(0), '')).toBe(empty);
  });
});
