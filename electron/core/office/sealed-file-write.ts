/**
 * Writing a sealed file (format: sealed-file.ts): the state, small, sealed in memory on the
 * calling thread; a material streamed chunk by chunk through the chunk pool's workers straight
 * into its file.
 */
import { chunkPool } from '../crypto/chunk-pool';
import type { ChunkPool } from '../crypto/chunk-pool';
import { inOrder } from '../crypto/in-order';
import { SlotRing } from '../crypto/slot-ring';
import { openAtomicStream } from '../case/atomic-stream-write';
import { GCM_TAG_LENGTH } from '../case/case-format';
import { encryptChunk } from '../case/chunk-cipher';
import {
  DEFAULT_CHUNK_SIZE_LOG2,
  HEADER_LENGTH,
  fillPadded,
  planSealing,
} from './sealed-file-layout';

/** Seals small data (the state) in memory. */
export function sealBytes(purposeKey: Uint8Array, binding: string, data: Uint8Array): Buffer {
  const plan = planSealing(purposeKey, binding, data.length, DEFAULT_CHUNK_SIZE_LOG2);
  const parts: Uint8Array[] = [plan.header];
  for (let i = 0; i < plan.chunks; i++) {
    const start = i * plan.chunkSize;
    const chunk = Buffer.alloc(Math.min(plan.chunkSize, plan.padded - start));
    fillPadded(data, plan.prefix, start, chunk);
    parts.push(...encryptChunk(plan.key, i, i === plan.chunks - 1, chunk));
  }
  return Buffer.concat(parts);
}

/**
 * Seals data straight into `path`, atomically: each chunk copied into a slot of shared memory,
 * then encrypted from there and written at its place in the file by a worker of the chunk pool.
 */
export async function writeSealedFile(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  data: Uint8Array,
  pool: ChunkPool = chunkPool(),
): Promise<void> {
  const plan = planSealing(purposeKey, binding, data.length, DEFAULT_CHUNK_SIZE_LOG2);
  const window = Math.min(plan.chunks, pool.streamJobs);
  const ring = new SlotRing(window, plan.chunkSize);
  const stream = await openAtomicStream(path);
  try {
    await stream.write([plan.header], 0);
    const sealChunk = async (i: number) => {
      const slot = await ring.acquire();
      try {
        const length = Math.min(plan.chunkSize, plan.padded - i * plan.chunkSize);
        fillPadded(data, plan.prefix, i * plan.chunkSize, slot.subarray(0, length));
        const position = HEADER_LENGTH + i * (plan.chunkSize + GCM_TAG_LENGTH);
        const last = i === plan.chunks - 1;
        await stream.writeWith(length + GCM_TAG_LENGTH, (fd) =>
          pool.seal({
            key: plan.key,
            counter: i,
            last,
            pieces: [slot.subarray(0, length)],
            hash: false,
            write: { fd, position },
          }),
        );
      } finally {
        ring.release(slot);
      }
    };
    for await (const _ of inOrder(plan.chunks, window, sealChunk)) {
      // Written by the workers; inOrder keeps `window` chunks in flight.
    }
    await stream.commit();
  } catch (error) {
    await stream.abort();
    throw error;
  } finally {
    // The slots still hold the last chunks' padded plaintext.
    ring.dispose({ wipe: true });
  }
}
