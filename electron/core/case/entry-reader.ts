/**
 * Reads one entry by positioned reads. Its chunk-hash list is read first and checked against
 * the digest in the signed index; then each chunk is checked against its listed hash before it
 * is decrypted, so no byte is handed on that the office's signature does not cover (SECURITY 27).
 * Chunks that hold only padding are checked against their hashes once the data has been handed
 * on, and never decrypted: an altered byte anywhere in an entry still fails its reading. The
 * next chunk is read while the current one is checked and decrypted; memory stays at two chunks.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { CryptoError } from '../crypto/crypto-error';
import { CHUNK_HASH_LENGTH, GCM_TAG_LENGTH, chunkCount, ciphertextLength } from './case-format';
import type { IndexRecord } from './case-index';
import { decryptChunk } from './chunk-cipher';
import { readAt } from './read-at';

/** The entry's chunk hashes, once they match the signed digest. */
export async function readChunkHashes(
  handle: FileHandle,
  record: IndexRecord,
  chunkSize: number,
): Promise<Buffer> {
  const count = chunkCount(record.paddedLength, chunkSize);
  const list = await readAt(
    handle,
    record.offset + ciphertextLength(record.paddedLength, chunkSize),
    count * CHUNK_HASH_LENGTH,
  );
  if (!createHash('sha256').update(list).digest().equals(record.digest)) {
    throw new CryptoError(
      'tampered',
      `entry ${record.id}: its chunk hashes are not the signed ones`,
    );
  }
  return list;
}

/** Yields the entry's plaintext, one Buffer per chunk, each verified before it is yielded. */
export async function* readEntryChunks(
  handle: FileHandle,
  record: IndexRecord,
  key: Uint8Array,
  chunkSize: number,
): AsyncGenerator<Buffer> {
  const hashes = await readChunkHashes(handle, record, chunkSize);
  const total = chunkCount(record.paddedLength, chunkSize);
  // The chunks that hold plaintext come first; the rest is padding.
  const needed = Math.ceil(record.plaintextLength / chunkSize);
  const buffers: readonly [Buffer, Buffer] = [
    Buffer.allocUnsafe(chunkSize + GCM_TAG_LENGTH),
    Buffer.allocUnsafe(chunkSize + GCM_TAG_LENGTH),
  ];
  const read = (i: number) => {
    if (i >= total) return undefined;
    const plain = Math.min(chunkSize, record.paddedLength - i * chunkSize);
    return readAt(
      handle,
      record.offset + i * (chunkSize + GCM_TAG_LENGTH),
      plain + GCM_TAG_LENGTH,
      i % 2 === 0 ? buffers[0] : buffers[1],
    );
  };
  let pending = read(0);
  for (let i = 0; i < total; i++) {
    const chunk = await pending!;
    pending = read(i + 1);
    // Marked handled now; an error is still thrown by the await above on the next turn.
    pending?.catch(() => undefined);
    const listed = hashes.subarray(i * CHUNK_HASH_LENGTH, (i + 1) * CHUNK_HASH_LENGTH);
    if (!createHash('sha256').update(chunk).digest().equals(listed)) {
      throw new CryptoError('tampered', `entry ${record.id}: chunk ${i} is not the signed one`);
    }
    if (i >= needed) continue;
    const plaintext = decryptChunk(key, i, i === total - 1, chunk);
    const keep = Math.min(chunkSize, record.plaintextLength - i * chunkSize);
    yield keep === plaintext.length ? plaintext : plaintext.subarray(0, keep);
  }
}
