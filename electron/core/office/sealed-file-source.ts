/**
 * A sealed material as the source of a case package's entry (format: sealed-file.ts): iterated,
 * it streams the data in buffers of the consumer's own; given to the package's writer, it hands
 * over pieces of the decrypted chunks themselves, so nothing is copied between the workspace's
 * chunk and the package's.
 */
import type { ChunkPool } from '../crypto/chunk-pool';
import { PLAINTEXT_PIECES } from '../case/material-source';
import type { PiecesSource, PlaintextChunk, PlaintextReader } from '../case/material-source';
import type { Held } from './sealed-file-layout';
import { readSealedFileChunks, withSealedFile } from './sealed-file-read';

/**
 * The data cut into chunks of `chunkSize` for a case package's entry writer, as pieces of the
 * decrypted chunks themselves: nothing is copied between the workspace's chunk and the
 * package's. A decrypted chunk's slot is given back once the cursor has moved past it and
 * every package chunk that uses a piece of it is done.
 */
function sealedPieces(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  chunkSize: number,
  pool: ChunkPool,
  before: () => Promise<void>,
): PlaintextReader {
  interface Counted {
    readonly held: Held;
    uses: number;
    passed: boolean;
  }
  const settle = (counted: Counted) => {
    if (counted.passed && counted.uses === 0) counted.held.release();
  };
  // Slots held by the package chunks in the workers, the one held back and the one being cut:
  // each spans at most ⌈chunkSize / sealed chunk size⌉ + 1 decrypted chunks, and consecutive
  // ones share one. (At least the last two must fit, or the writer could wait for a slot only
  // its held-back chunk can give back.)
  const extraSlots = (sealedChunkSize: number) =>
    (pool.streamJobs + 2) * Math.ceil(chunkSize / sealedChunkSize) + 1;
  let data: AsyncGenerator<Held> | undefined;
  let current: { counted: Counted; rest: Buffer } | undefined;
  let ended = false;
  const open = async () => {
    await before();
    return withSealedFile(path, purposeKey, binding, pool, extraSlots, (chunks) => chunks);
  };
  return {
    async next(): Promise<PlaintextChunk | null> {
      data ??= await open();
      const pieces: Buffer[] = [];
      const used: Counted[] = [];
      let length = 0;
      while (length < chunkSize && !ended) {
        if (current === undefined || current.rest.length === 0) {
          if (current !== undefined) {
            current.counted.passed = true;
            settle(current.counted);
            current = undefined;
          }
          const next = await data.next();
          if (next.done === true) {
            ended = true;
            break;
          }
          current = {
            counted: { held: next.value, uses: 0, passed: false },
            rest: next.value.bytes,
          };
        }
        const take = Math.min(chunkSize - length, current.rest.length);
        pieces.push(current.rest.subarray(0, take));
        current.rest = current.rest.subarray(take);
        current.counted.uses++;
        used.push(current.counted);
        length += take;
      }
      if (length === 0) return null;
      let done = false;
      return {
        pieces,
        length,
        done: () => {
          if (done) return;
          done = true;
          for (const counted of used) {
            counted.uses--;
            settle(counted);
          }
        },
      };
    },
    async close() {
      if (current !== undefined) {
        current.counted.passed = true;
        settle(current.counted);
        current = undefined;
      }
      ended = true;
      await data?.return(undefined);
    },
  };
}

/**
 * A sealed file's data as a material source for sealing: iterated, it streams the data in
 * buffers of the consumer's own (readSealedFileChunks); given to a case package's writer, it
 * hands over the decrypted chunks' memory directly (sealedPieces). `before` runs before the
 * file is opened (the workspace checks there that the material exists).
 */
export function sealedFileSource(
  path: string,
  purposeKey: Uint8Array,
  binding: string,
  before: () => Promise<void> = async () => undefined,
): AsyncIterable<Uint8Array> & PiecesSource {
  return {
    async *[Symbol.asyncIterator]() {
      await before();
      yield* readSealedFileChunks(path, purposeKey, binding);
    },
    [PLAINTEXT_PIECES]: (chunkSize: number, pool: ChunkPool) =>
      sealedPieces(path, purposeKey, binding, chunkSize, pool, before),
  };
}
