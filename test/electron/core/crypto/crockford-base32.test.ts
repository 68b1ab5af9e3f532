import { describe, expect, it } from 'vitest';
import {
  encodeCrockfordBase32,
  normaliseCrockfordBase32,
} from '../../../../electron/core/crypto/crockford-base32';

describe('Crockford base32', () => {
  it('encodes 5-bit groups, most significant first', () => {
    expect(encodeCrockfordBase32(new Uint8Array(5))).toBe('00000000');
    expect(encodeCrockfordBase32(new Uint8Array(5).fill(0xff))).toBe('ZZZZZZZZ');
    // 0x0842108421 = 00001 00001 00001 ... : eight ones.
    expect(encodeCrockfordBase32(Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
    expect(encodeCrockfordBase32(Uint8Array.from([0x00, 0x44, 0x32, 0x14, 0xc7]))).toBe('01234567');
  });

  it('refuses lengths that do not fill whole symbols', () => {
    expect(() => encodeCrockfordBase32(new Uint8Array(3))).toThrow(RangeError);
  });

  it('normalises what a person types: case, separators, look-alike letters', () => {
    expect(normaliseCrockfordBase32('7kq2-m9tx pa4r')).toBe('7KQ2M9TXPA4R');
    expect(normaliseCrockfordBase32('OIL')).toBe('011');
    expect(normaliseCrockfordBase32('U')).toBeNull();
    expect(normaliseCrockfordBase32('AB!')).toBeNull();
  });
});
