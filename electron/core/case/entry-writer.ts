/**
 * Encrypts one entry chunk by chunk straight into the output: the plaintext, zero padding up to
 * its Padmé length, each chunk's SHA-256 kept, and the list of those hashes written after the
 * chunks. The index records the list's digest, so every chunk is tied to the signature.
 *
 * Each chunk's plaintext is in shared memory (material-source.ts); a worker of the chunk pool
 * (crypto/chunk-pool.ts) encrypts and hashes it from there and writes it at its place in the
 * file, several chunks at a time; the hashes are kept in order, and the chunk's memory is
 * reused once it is written. Memory stays at a few chunks, whatever the size.
 */
import { createHash } from 'node:crypto';
import type { ChunkPool } from '../crypto/chunk-pool';
import { padmeLength } from '../crypto/padme';
import { SlotRing, sharedZeros } from '../crypto/slot-ring';
import { GCM_TAG_LENGTH, chunkCount } from './case-format';
import type { EntryKind, IndexRecord } from './case-index';
import type { PlaintextChunk, PlaintextReader } from './material-source';
import type { PipelinedOutput } from './pipelined-output';

export interface EntryToWrite {
  readonly kind: Exclude<EntryKind, 'filler'>;
  readonly id: string;
  readonly key: Uint8Array;
}

/** Where an entry's chunks go through: the pool, and slots for sources that are copied. */
export interface ChunkPipeline {
  readonly pool: ChunkPool;
  /** Slots of at least the chunk size, for sources read or copied into shared memory. */
  readonly ring: SlotRing;
  /** Chunks in the workers at once, at most. */
  readonly jobs: number;
}

/** A ring and job count that keep every worker busy while the next chunk is read. */
export function chunkPipeline(pool: ChunkPool, chunkSize: number): ChunkPipeline {
  const jobs = pool.streamJobs;
  // In the workers, one held back, one being filled.
  const ring = new SlotRing(jobs + 2, chunkSize);
  return { pool, ring, jobs };
}

export async function writeEntry(
  output: PipelinedOutput,
  entry: EntryToWrite,
  plaintext: PlaintextReader,
  chunkSize: number,
  pipeline: ChunkPipeline,
): Promise<IndexRecord> {
  const { pool } = pipeline;
  const offset = output.offset;
  const hashes: Buffer[] = [];
  // Each chunk's hash, in order.
  const inFlight: Promise<Buffer | undefined>[] = [];
  let counter = 0;

  const collectOldest = async () => {
    hashes.push((await inFlight.shift()!)!);
  };
  /** Encrypted, hashed and written at its place in the file by a worker. */
  const encrypt = async (chunk: PlaintextChunk, length: number, last: boolean) => {
    const position = output.reserve(length + GCM_TAG_LENGTH);
    // The padding: zeros after the last plaintext byte, and whole chunks of zeros after that.
    const pieces =
      length > chunk.length ? [...chunk.pieces, sharedZeros(length - chunk.length)] : chunk.pieces;
    const job = output.stream.writeWith(length + GCM_TAG_LENGTH, (fd) =>
      pool.seal({
        key: entry.key,
        counter: counter++,
        last,
        pieces,
        hash: true,
        write: { fd, position },
      }),
    );
    job.then(chunk.done, chunk.done);
    // Marked handled here; a failure is thrown when its hash is collected.
    job.catch(() => undefined);
    inFlight.push(job);
    while (inFlight.length >= pipeline.jobs) await collectOldest();
  };

  try {
    // One chunk is held back: only once the source ends are its length, and so the padding and
    // which chunk is the final one, known.
    let held: PlaintextChunk | undefined;
    let plaintextLength = 0;
    for (;;) {
      const chunk = await plaintext.next();
      if (chunk === null) break;
      if (held !== undefined) await encrypt(held, held.length, false);
      held = chunk;
      plaintextLength += chunk.length;
      if (chunk.length < chunkSize) break;
    }
    const paddedLength = padmeLength(plaintextLength);
    const total = chunkCount(paddedLength, chunkSize);
    while (counter < total) {
      const length = Math.min(chunkSize, paddedLength - counter * chunkSize);
      await encrypt(held ?? NOTHING, length, counter === total - 1);
      held = undefined;
    }
    while (inFlight.length > 0) await collectOldest();
    const hashList = Buffer.concat(hashes);
    await output.push([hashList]);
    return {
      kind: entry.kind,
      id: entry.id,
      offset,
      plaintextLength,
      paddedLength,
      digest: new Uint8Array(createHash('sha256').update(hashList).digest()),
    };
  } finally {
    // On a failure, chunks may still be in the workers: their memory is given back first.
    await Promise.allSettled(inFlight);
    await plaintext.close();
  }
}

/** A chunk of padding only starts from no plaintext at all. */
const NOTHING: PlaintextChunk = { pieces: [], length: 0, done: () => undefined };
