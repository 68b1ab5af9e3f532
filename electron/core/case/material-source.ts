/**
 * A material's plaintext, from a file path, bytes in memory or a stream, cut into the format's
 * chunks for the entry writer: each chunk is one or more pieces of shared memory that a chunk
 * worker encrypts without copying them. A file is read straight into a slot, a stream or bytes
 * are copied once; a source that already holds its data in shared memory (a workspace's sealed
 * file, sealed-file.ts) hands out its own pieces through `PLAINTEXT_PIECES`, copying nothing.
 * Nothing is written anywhere but into those slots, and memory stays at the ring's slots.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { ChunkPool } from '../crypto/chunk-pool';
import { copyBytes } from '../crypto/slot-ring';
import type { SlotRing } from '../crypto/slot-ring';

/** A file path, bytes, or any stream of bytes (a Node Readable is one). */
export type MaterialSource = string | Uint8Array | AsyncIterable<Uint8Array>;

/** One chunk's plaintext. */
export interface PlaintextChunk {
  /** Views on shared memory, in order; only read. */
  readonly pieces: readonly Buffer[];
  /** Their total length: the chunk size, less only for the last chunk. */
  readonly length: number;
  /** Called once the chunk has been sealed (or failed): its memory may be reused. */
  done(): void;
}

export interface PlaintextReader {
  /** The next chunk, or null once the source has ended. */
  next(): Promise<PlaintextChunk | null>;
  /** Closes a file, or ends a stream that was not read to its end. */
  close(): Promise<void>;
}

/**
 * A source that cuts its own plaintext into chunks of shared memory: the method under this
 * key returns the reader. It is still an AsyncIterable of its bytes for anyone else.
 */
export const PLAINTEXT_PIECES = Symbol('plaintext pieces');

export interface PiecesSource {
  [PLAINTEXT_PIECES](chunkSize: number, pool: ChunkPool): PlaintextReader;
}

function hasPieces(source: unknown): source is PiecesSource {
  return typeof source === 'object' && source !== null && PLAINTEXT_PIECES in source;
}

/**
 * Chunks of `chunkSize` bytes (the last one shorter; none for an empty source). Sources that
 * are copied or read use `ring`'s slots, one per chunk until the chunk is done.
 */
export function plaintextReader(
  source: MaterialSource,
  chunkSize: number,
  ring: SlotRing,
  pool: ChunkPool,
): PlaintextReader {
  if (hasPieces(source)) return source[PLAINTEXT_PIECES](chunkSize, pool);
  const fill = fillerOf(source);
  return {
    async next() {
      const slot = await ring.acquire();
      let length: number;
      try {
        length = await fill.fill(slot.subarray(0, chunkSize));
      } catch (error) {
        ring.release(slot);
        throw error;
      }
      if (length === 0) {
        ring.release(slot);
        return null;
      }
      return { pieces: [slot.subarray(0, length)], length, done: () => ring.release(slot) };
    },
    close: () => fill.close(),
  };
}

interface Filler {
  /** Fills `target` from its start; fewer bytes than its length only once the source ends. */
  fill(target: Buffer): Promise<number>;
  close(): Promise<void>;
}

function fillerOf(source: string | Uint8Array | AsyncIterable<Uint8Array>): Filler {
  if (typeof source === 'string') return fileFiller(source);
  if (source instanceof Uint8Array) return bytesFiller(source);
  return streamFiller(source);
}

function bytesFiller(bytes: Uint8Array): Filler {
  let at = 0;
  return {
    fill: async (target) => {
      const take = Math.min(target.length, bytes.length - at);
      copyBytes(target, 0, bytes.subarray(at, at + take));
      at += take;
      return take;
    },
    close: async () => undefined,
  };
}

function fileFiller(path: string): Filler {
  let handle: Promise<FileHandle> | undefined;
  return {
    async fill(target) {
      handle ??= open(path, 'r');
      const file = await handle;
      let filled = 0;
      while (filled < target.length) {
        const { bytesRead } = await file.read(target, filled, target.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    async close() {
      if (handle === undefined) return;
      const file = await handle.catch(() => undefined);
      handle = undefined;
      await file?.close();
    },
  };
}

function streamFiller(stream: AsyncIterable<Uint8Array | string>): Filler {
  const iterator = stream[Symbol.asyncIterator]();
  let piece: Uint8Array = new Uint8Array(0);
  let ended = false;
  return {
    async fill(target) {
      let filled = 0;
      while (filled < target.length) {
        if (piece.length === 0) {
          if (ended) break;
          const next = await iterator.next();
          if (next.done === true) {
            ended = true;
            break;
          }
          piece = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
          continue;
        }
        const take = Math.min(target.length - filled, piece.length);
        copyBytes(target, filled, piece.subarray(0, take));
        piece = piece.subarray(take);
        filled += take;
      }
      return filled;
    },
    async close() {
      piece = new Uint8Array(0);
      if (!ended) {
        ended = true;
        await iterator.return?.();
      }
    },
  };
}
