import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import {
  chunkNonce,
  decryptChunk,
  encryptChunk,
} from '../../../../electron/core/case/chunk-cipher';
import {
  chunkSpans,
  decryptEntryBytes,
  encryptEntryBytes,
} from '../../../../electron/core/case/entry-codec';
import { ciphertextLength } from '../../../../electron/core/case/case-format';
import { patterned } from './case-fixtures';

const key = new Uint8Array(32).fill(9);

function failsWith(run: () => unknown, code: 'tampered'): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isCryptoError(caught, code)).toBe(true);
}

describe('chunked AES-256-GCM', () => {
  it('builds the nonce from an 88-bit counter and a final-chunk flag', () => {
    expect(chunkNonce(0, false).toString('hex')).toBe('000000000000000000000000');
    expect(chunkNonce(1, true).toString('hex')).toBe('000000000000000000000101');
    expect(chunkNonce(2 ** 40 + 2, false).toString('hex')).toBe('000000000001000000000200');
  });

  it('sizes entries: a tag per chunk, one chunk for an empty entry', () => {
    expect(ciphertextLength(0, 64)).toBe(16);
    expect(ciphertextLength(64, 64)).toBe(80);
    expect(ciphertextLength(65, 64)).toBe(65 + 32);
    expect([...chunkSpans(130, 64)].map((s) => [s.counter, s.last, s.ciphertextLength])).toEqual([
      [0, false, 80],
      [1, false, 80],
      [2, true, 18],
    ]);
  });

  it('round-trips entries of every length around the chunk size', () => {
    for (const length of [0, 1, 63, 64, 65, 128, 200]) {
      const plaintext = patterned(length);
      const ciphertext = encryptEntryBytes(key, plaintext, 64);
      expect(ciphertext.length).toBe(ciphertextLength(length, 64));
      expect(decryptEntryBytes(key, ciphertext, length, 64)).toEqual(Buffer.from(plaintext));
    }
  });

  it('round-trips large chunks through the sliced updates', () => {
    const plaintext = patterned(1024 * 1024 + 5);
    const parts = encryptChunk(key, 3, true, plaintext);
    // Buffer.equals: toEqual walks a megabyte element by element.
    expect(decryptChunk(key, 3, true, Buffer.concat(parts)).equals(plaintext)).toBe(true);
  });

  it('detects reordered chunks, a dropped final chunk and a wrong final flag', () => {
    const ciphertext = encryptEntryBytes(key, patterned(128), 64);
    const [first, second] = [ciphertext.subarray(0, 80), ciphertext.subarray(80)];
    failsWith(() => decryptEntryBytes(key, Buffer.concat([second, first]), 128, 64), 'tampered');
    // Cutting the last chunk and claiming the first is the end: the flag gives it away.
    failsWith(() => decryptEntryBytes(key, first, 64, 64), 'tampered');
    failsWith(() => decryptChunk(key, 1, false, second), 'tampered');
    failsWith(() => decryptEntryBytes(key, ciphertext.subarray(1), 128, 64), 'tampered');
  });

  it('detects a wrong key', () => {
    const ciphertext = encryptEntryBytes(key, patterned(10), 64);
    failsWith(() => decryptEntryBytes(new Uint8Array(32), ciphertext, 10, 64), 'tampered');
  });
});
