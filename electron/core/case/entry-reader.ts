/**
 * Reads one entry by positioned reads: chunk by chunk, each authenticated by AES-GCM before it
 * is handed on, the whole ciphertext checked against the signed SHA-256 at the end. The next
 * chunk is being read while the current one is decrypted; memory stays at two chunks.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { CryptoError } from '../crypto/crypto-error';
import { GCM_TAG_LENGTH } from './case-format';
import type { IndexRecord } from './case-index';
import { decryptChunk } from './chunk-cipher';
import { chunkSpans } from './entry-codec';
import { readAt } from './read-at';

/**
 * Yields each chunk's plaintext slices. A consumer that acts before the generator finishes has
 * data authenticated under the case key only; the office's signature (through the hash) is
 * confirmed when the generator returns without throwing.
 */
export async function* readEntryChunks(
  handle: FileHandle,
  record: IndexRecord,
  key: Uint8Array,
  chunkSize: number,
): AsyncGenerator<Buffer[]> {
  const buffers = [
    Buffer.allocUnsafe(chunkSize + GCM_TAG_LENGTH),
    Buffer.allocUnsafe(chunkSize + GCM_TAG_LENGTH),
  ];
  const hash = createHash('sha256');
  const spans = [...chunkSpans(record.plaintextLength, chunkSize)];
  const read = (i: number) => {
    const span = spans[i];
    const buffer = buffers[i % 2];
    if (span === undefined || buffer === undefined) return undefined;
    return readAt(handle, record.offset + span.ciphertextOffset, span.ciphertextLength, buffer);
  };
  let pending = read(0);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span === undefined || pending === undefined) break;
    const chunk = await pending;
    pending = read(i + 1);
    // Marked handled now; an error is still thrown by the await above on the next turn.
    pending?.catch(() => undefined);
    hash.update(chunk);
    yield decryptChunk(key, span.counter, span.last, chunk);
  }
  if (!hash.digest().equals(record.ciphertextSha256)) {
    throw new CryptoError('tampered', `entry ${record.id} does not match its signed hash`);
  }
}
