/**
 * Reading a sealed file (format: sealed-file.ts): the state opened in memory; a material read
 * from disk, its chunks read and decrypted in place by the chunk pool's workers into a ring of
 * shared-memory slots, and handed on in order.
 */
import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { chunkPool } from '../crypto/chunk-pool';
import type { ChunkPool } from '../crypto/chunk-pool';
import { inOrder } from '../crypto/in-order';
import { SlotRing, ownCopy } from '../crypto/slot-ring';
import { GCM_TAG_LENGTH } from '../case/case-format';
import { decryptChunk } from '../case/chunk-cipher';
import { readAt } from '../case/read-at';
import { WorkerFile } from '../case/worker-file';
import { chunkRange, dataOf, layoutOf } from './sealed-file-layout';
import type { Held, ReadRange, SealedLayout } from './sealed-file-layout';

/** Opens sealed bytes held in memory (the state). Throws an AppError of the crypto family. */
export async function openSealedBytes(
  purposeKey: Uint8Array,
  binding: string,
  sealed: Uint8Array,
): Promise<Buffer> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const readRange: ReadRange = async (position, length) => {
    if (position + length > bytes.length) throw new AppError('truncated', {}, 'sealed file');
    return bytes.subarray(position, position + length);
  };
  const layout = await layoutOf(bytes.length, readRange, purposeKey, binding);
  async function* plaintexts(): AsyncGenerator<Held> {
    for (let i = 0; i < layout.chunks; i++) {
      const [start, length] = chunkRange(bytes.length, layout, i);
      const chunk = await readRange(start, length);
      const plain = decryptChunk(layout.key, i, i === layout.chunks - 1, chunk);
      yield { bytes: plain, release: () => undefined };
    }
  }
  const parts: Buffer[] = [];
  for await (const part of dataOf(bytes.length, layout, plaintexts())) parts.push(part.bytes);
  return Buffer.concat(parts);
}

/**
 * A sealed file on disk, opened for streaming: its chunks read and decrypted in place by the
 * chunk pool's workers, `window` at a time, into the ring's slots, and handed on in order. A
 * chunk handed on is the consumer's to release (its slot is then reused); the chunks decrypted
 * ahead that nobody took are given back when the reading stops.
 */
async function* decryptedChunks(
  file: WorkerFile,
  size: number,
  layout: SealedLayout,
  pool: ChunkPool,
  ring: SlotRing,
  window: number,
): AsyncGenerator<Held> {
  const notTaken = new Set<Held>();
  const openChunk = async (i: number): Promise<Held> => {
    const slot = await ring.acquire();
    let plaintext: Buffer;
    try {
      const [position, length] = chunkRange(size, layout, i);
      plaintext = await file.use((fd) =>
        pool.open({
          key: layout.key,
          counter: i,
          last: i === layout.chunks - 1,
          bytes: slot.subarray(0, length),
          read: { fd, position },
        }),
      );
    } catch (error) {
      ring.release(slot);
      throw error;
    }
    let released = false;
    const held: Held = {
      bytes: plaintext,
      release: () => {
        if (released) return;
        released = true;
        notTaken.delete(held);
        ring.release(slot);
      },
    };
    notTaken.add(held);
    return held;
  };
  try {
    for await (const held of inOrder(layout.chunks, window, openChunk)) {
      notTaken.delete(held);
      yield held;
    }
  } finally {
    // inOrder has let every started job end: what nobody took is given back.
    for (const held of [...notTaken]) held.release();
  }
}

/** Opens the file and runs `read` over its decrypted data; closes it however `read` ends. */
export async function* withSealedFile<T>(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  pool: ChunkPool,
  /** Slots beyond the read-ahead: those the consumer may hold at once, for this chunk size. */
  extraSlots: (sealedChunkSize: number) => number,
  read: (data: AsyncGenerator<Held>) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const file = new WorkerFile(await open(path, 'r'));
  try {
    const size = (await file.handle.stat()).size;
    const readRange: ReadRange = (position, length) => readAt(file.handle, position, length);
    const layout = await layoutOf(size, readRange, purposeKey, binding);
    // Read ahead: the pool's share for a stream, and one more.
    const window = Math.min(layout.chunks, pool.streamJobs + 1);
    const ring = new SlotRing(
      window + extraSlots(layout.chunkSize),
      layout.chunkSize + GCM_TAG_LENGTH,
    );
    try {
      yield* read(dataOf(size, layout, decryptedChunks(file, size, layout, pool, ring, window)));
    } finally {
      // The slots that held plaintext are wiped once all are back (until then the next read
      // overwrites a slot: wiping each chunk would cost a pass over every byte).
      ring.dispose({ wipe: true });
    }
  } finally {
    await file.close();
  }
}

/**
 * Streams a sealed file's data from disk, one authenticated chunk at a time, each in a buffer
 * of the consumer's own: the next chunks are read and decrypted by the chunk pool's workers
 * while the current one is handed on.
 */
export async function* readSealedFileChunks(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  pool: ChunkPool = chunkPool(),
): AsyncGenerator<Buffer> {
  yield* withSealedFile(
    path,
    purposeKey,
    binding,
    pool,
    () => 0,
    async function* (data) {
      for await (const held of data) {
        const own = ownCopy(held.bytes);
        held.release();
        yield own;
      }
    },
  );
}

/** A sealed file's whole data. */
export async function readSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of readSealedFileChunks(path, purposeKey, binding)) parts.push(part);
  return Buffer.concat(parts);
}
