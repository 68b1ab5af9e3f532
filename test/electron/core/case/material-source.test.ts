/**
 * A material cut into chunks of shared memory for the entry writer: from a file, bytes or a
 * stream (strings included), exact chunk sizes, backpressure from the ring, and a stream left
 * unread ended on close.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plaintextReader } from '../../../../electron/core/case/material-source';
import type { MaterialSource } from '../../../../electron/core/case/material-source';
import { ChunkPool } from '../../../../electron/core/crypto/chunk-pool';
import { SlotRing } from '../../../../electron/core/crypto/slot-ring';
import { patterned, useScratchDir } from './case-fixtures';

const scratch = useScratchDir();
const pool = new ChunkPool({ size: 1 });
afterAll(() => pool.close());

async function chunksOf(source: MaterialSource, chunkSize: number) {
  const ring = new SlotRing(2, chunkSize);
  const reader = plaintextReader(source, chunkSize, ring, pool);
  const chunks: Buffer[] = [];
  for (let chunk = await reader.next(); chunk !== null; chunk = await reader.next()) {
    expect(chunk.pieces.every((piece) => piece.buffer instanceof SharedArrayBuffer)).toBe(true);
    chunks.push(Buffer.concat(chunk.pieces));
    expect(chunk.length).toBe(chunks.at(-1)!.length);
    chunk.done();
  }
  await reader.close();
  return chunks;
}

async function* pieces(bytes: Uint8Array, sizes: number[]) {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

describe('plaintextReader', () => {
  it('cuts a file, bytes and a stream into the same exact chunks', async () => {
    const data = Buffer.from(patterned(1000, 5));
    const path = join(scratch(), 'm.bin');
    await writeFile(path, data);
    for (const source of [path, data, pieces(data, [1, 300, 7, 64])] as MaterialSource[]) {
      const chunks = await chunksOf(source, 64);
      expect(chunks.map((c) => c.length)).toEqual([...Array<number>(15).fill(64), 40]);
      expect(Buffer.concat(chunks).equals(data)).toBe(true);
    }
  });

  it('gives no chunk for an empty source, and one short chunk for a short one', async () => {
    expect(await chunksOf(new Uint8Array(0), 64)).toEqual([]);
    expect(await chunksOf(pieces(new Uint8Array(0), [1]), 64)).toEqual([]);
    // A Readable with an encoding set yields strings.
    const text = (async function* () {
      yield '中文';
    })() as unknown as MaterialSource;
    const chunks = await chunksOf(text, 64);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('中文');
  });

  it('waits for a chunk to be done when every slot is out', async () => {
    const ring = new SlotRing(1, 8);
    const reader = plaintextReader(Buffer.from(patterned(20, 1)), 8, ring, pool);
    const first = (await reader.next())!;
    let second: unknown;
    const waiting = reader.next().then((chunk) => (second = chunk));
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBeUndefined();
    first.done();
    await waiting;
    expect(second).not.toBeNull();
    await reader.close();
  });

  it('ends a stream it did not read to the end', async () => {
    let ended = false;
    const stream = (async function* () {
      try {
        for (;;) yield Buffer.alloc(10, 1);
      } finally {
        ended = true;
      }
    })();
    const reader = plaintextReader(stream, 16, new SlotRing(2, 16), pool);
    (await reader.next())!.done();
    await reader.close();
    expect(ended).toBe(true);
  });
});
