/**
 * Encrypts one entry chunk by chunk straight into the output: the plaintext, zero padding up to
 * its Padmé length, each chunk's SHA-256 kept, and the list of those hashes written after the
 * chunks. The index records the list's digest, so every chunk is tied to the signature.
 */
import { createHash } from 'node:crypto';
import { padmeLength } from '../crypto/padme';
import { chunkCount } from './case-format';
import { encryptChunk } from './chunk-cipher';
import type { EntryKind, IndexRecord } from './case-index';
import type { PipelinedOutput } from './pipelined-output';

export interface EntryToWrite {
  readonly kind: Exclude<EntryKind, 'filler'>;
  readonly id: string;
  readonly key: Uint8Array;
}

export async function writeEntry(
  output: PipelinedOutput,
  entry: EntryToWrite,
  /** Chunks of exactly chunkSize bytes, the last shorter (see material-source.ts). */
  plaintext: AsyncIterable<Uint8Array>,
  chunkSize: number,
): Promise<IndexRecord> {
  const offset = output.offset;
  const hashes: Buffer[] = [];
  let counter = 0;
  const put = async (bytes: Uint8Array, last: boolean) => {
    const parts = encryptChunk(entry.key, counter++, last, bytes);
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part);
    hashes.push(hash.digest());
    await output.push(parts);
  };

  // One chunk is held back: only once the source ends are its length, and so the padding and
  // which chunk is the final one, known.
  let held: Uint8Array | undefined;
  let plaintextLength = 0;
  for await (const chunk of plaintext) {
    if (held !== undefined) await put(held, false);
    held = chunk;
    plaintextLength += chunk.length;
  }
  const paddedLength = padmeLength(plaintextLength);
  const total = chunkCount(paddedLength, chunkSize);
  let remaining = paddedLength - counter * chunkSize;
  if (held !== undefined && held.length === remaining) {
    await put(held, true);
  } else {
    const scratch = Buffer.alloc(chunkSize);
    if (held !== undefined) scratch.set(held, 0);
    let first = true;
    while (counter < total) {
      const length = Math.min(chunkSize, remaining);
      if (!first) scratch.fill(0, 0, length);
      await put(scratch.subarray(0, length), counter === total - 1);
      remaining -= length;
      first = false;
    }
  }
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
}
