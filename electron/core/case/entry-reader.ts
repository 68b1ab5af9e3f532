/**
 * Reads one entry by positioned reads. Its chunk-hash list is read first and checked against
 * the digest in the signed index; then each chunk is checked against its listed hash before it
 * is decrypted, so no byte is handed on that the office's signature does not cover (SECURITY 27).
 * Chunks that hold only padding are checked against their hashes too (a failure there is raised
 * after the data has been handed on) and never decrypted: an altered byte anywhere in an entry
 * still fails its reading.
 *
 * Each chunk's read, check and decryption run as one job in the chunk pool's worker threads
 * (crypto/chunk-pool.ts), several chunks at a time; a stream's chunks are handed on strictly in
 * order, and none after one that fails. Memory stays at a few chunks per stream.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { chunkPool } from '../crypto/chunk-pool';
import type { ChunkPool } from '../crypto/chunk-pool';
import { AppError } from '../../../shared/errors';
import { isCryptoError } from '../crypto/crypto-error';
import { inOrder } from '../crypto/in-order';
import { SlotRing, copyBytes, ownCopy } from '../crypto/slot-ring';
import { CHUNK_HASH_LENGTH, GCM_TAG_LENGTH, chunkCount, ciphertextLength } from './case-format';
import type { IndexRecord } from './case-index';
import { readAt } from './read-at';
import type { WorkerFile } from './worker-file';

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
    throw new AppError(
      'tampered',
      {},
      `entry ${record.id}: its chunk hashes are not the signed ones`,
    );
  }
  return list;
}

/** Chunks read ahead and in the workers at once: the pool's share for a stream, and one more. */
export function readAheadFor(pool: ChunkPool): number {
  return pool.streamJobs + 1;
}

/**
 * Runs every chunk of the entry through a worker (read, checked against its listed hash, and
 * only then decrypted in place), hands each chunk's plaintext to `take` as soon as its job ends
 * (a view valid only during the call: the slot is then reused), and yields what
 * `take` returns, in order, up to the first chunk that fails.
 */
async function* verifiedChunks<T>(
  file: WorkerFile,
  record: IndexRecord,
  key: Uint8Array,
  chunkSize: number,
  pool: ChunkPool,
  take: (plaintext: Buffer, index: number) => T,
): AsyncGenerator<T> {
  const hashes = await readChunkHashes(file.handle, record, chunkSize);
  const total = chunkCount(record.paddedLength, chunkSize);
  // The chunks that hold plaintext come first; the rest is padding.
  const needed = Math.ceil(record.plaintextLength / chunkSize);
  const window = Math.min(total, readAheadFor(pool));
  const ring = new SlotRing(window, Math.min(chunkSize, record.paddedLength) + GCM_TAG_LENGTH);

  const chunk = async (i: number): Promise<T | undefined> => {
    const slot = await ring.acquire();
    try {
      const plain = Math.min(chunkSize, record.paddedLength - i * chunkSize);
      const bytes = slot.subarray(0, plain + GCM_TAG_LENGTH);
      const hash = hashes.subarray(i * CHUNK_HASH_LENGTH, (i + 1) * CHUNK_HASH_LENGTH);
      const position = record.offset + i * (chunkSize + GCM_TAG_LENGTH);
      if (i >= needed) {
        await file.use((fd) => pool.verify({ counter: i, bytes, hash, read: { fd, position } }));
        return undefined;
      }
      const last = i === total - 1;
      const plaintext = await file.use((fd) =>
        pool.open({ key, counter: i, last, bytes, hash, read: { fd, position } }),
      );
      const keep = Math.min(chunkSize, record.plaintextLength - i * chunkSize);
      return take(plaintext.subarray(0, keep), i);
    } catch (error) {
      if (isCryptoError(error, 'tampered')) {
        throw new AppError('tampered', {}, `entry ${record.id}: ${error.detail ?? 'chunk'}`);
      }
      throw error;
    } finally {
      ring.release(slot);
    }
  };

  try {
    let i = 0;
    for await (const taken of inOrder(total, window, chunk)) {
      if (i++ < needed) yield taken!;
    }
  } finally {
    // The slots that held plaintext are wiped once all are back (the next read overwrites a
    // slot in the meantime: wiping each chunk would cost a pass over every byte).
    ring.dispose({ wipe: true });
  }
}

/** Yields the entry's plaintext, one Buffer of its own per chunk, each verified first. */
export async function* readEntryChunks(
  file: WorkerFile,
  record: IndexRecord,
  key: Uint8Array,
  chunkSize: number,
  pool: ChunkPool = chunkPool(),
): AsyncGenerator<Buffer> {
  // Copied into ordinary memory the consumer may keep.
  yield* verifiedChunks(file, record, key, chunkSize, pool, ownCopy);
}

/**
 * Reads the whole entry into `out` (its plaintext length), each chunk copied to its place as
 * soon as it is verified and decrypted. On a failure `out` is zeroed before the error is thrown.
 */
export async function readEntryInto(
  file: WorkerFile,
  record: IndexRecord,
  key: Uint8Array,
  chunkSize: number,
  out: Buffer,
  pool: ChunkPool = chunkPool(),
): Promise<void> {
  const place = (plaintext: Buffer, i: number) => copyBytes(out, i * chunkSize, plaintext);
  try {
    for await (const _ of verifiedChunks(file, record, key, chunkSize, pool, place)) {
      // Each chunk is already in place.
    }
  } catch (error) {
    out.fill(0);
    throw error;
  }
}
