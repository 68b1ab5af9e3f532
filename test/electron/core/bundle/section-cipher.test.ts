import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptSection,
  encryptSection,
  padSection,
  sectionCipherKey,
} from '../../../../electron/core/bundle/section-cipher';
import { isAppError } from '../../../../shared/errors';

const key = sectionCipherKey(Buffer.alloc(32, 7), Buffer.alloc(16, 1), 3);

/** The detail of the bundle-section-invalid that decrypting `ciphertext` throws. */
function refusal(ciphertext: Uint8Array): string | undefined {
  try {
    decryptSection(key, ciphertext, 4);
  } catch (error) {
    if (!isAppError(error, 'bundle-section-invalid')) throw error;
    expect(error.params).toEqual({ section: 4 });
    return error.detail;
  }
  return undefined;
}

describe('decryptSection', () => {
  it('gives the body back for short and long paddings (beyond one 64 KiB compare)', () => {
    const body = Buffer.from('{"applicationId":"A01","note":"评审"}', 'utf8');
    for (const padded of [body.length + 4, body.length + 5, 200, 70 * 1024, 140 * 1024]) {
      const out = decryptSection(key, encryptSection(key, padSection(body, padded)), 1);
      expect(out.equals(body)).toBe(true);
    }
  });

  it('refuses a flipped byte, a wrong tag, a short text, and the wrong key', () => {
    const sealed = encryptSection(key, padSection(randomBytes(100), 256));
    const flipped = Buffer.from(sealed);
    flipped[10]! ^= 1;
    expect(refusal(flipped)).toBe('GCM authentication failed');
    const tag = Buffer.from(sealed);
    tag[tag.length - 1]! ^= 0x80;
    expect(refusal(tag)).toBe('GCM authentication failed');
    expect(refusal(sealed.subarray(0, 19))).toBe('shorter than a tag and a length');
    expect(() => decryptSection(Buffer.alloc(32), sealed, 4)).toThrow();
  });

  it('refuses a length beyond the padding and any non-zero padding byte, near or far', () => {
    const beyond = Buffer.alloc(64);
    beyond.writeUInt32BE(61, 0);
    expect(refusal(encryptSection(key, beyond))).toBe('length beyond the padding');
    for (const [size, at] of [
      [64, 63],
      [64, 20],
      [140 * 1024, 140 * 1024 - 1],
      [140 * 1024, 64 * 1024 + 20],
      [140 * 1024, 10],
    ] as const) {
      const padded = padSection(Buffer.from('{}'), size);
      padded[at] = 1;
      expect(refusal(encryptSection(key, padded))).toBe('non-zero padding');
    }
  });
});
