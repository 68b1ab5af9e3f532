import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHUNK_WORKER_SOURCE } from '../../../../electron/core/crypto/chunk-worker-source';
import { unwrittenParts } from '../../../../electron/core/crypto/unwritten-parts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const asArrays = (parts: readonly Uint8Array[]) => parts.map((part) => [...part]);

describe('unwrittenParts', () => {
  const parts = [bytes(1, 2, 3), bytes(4, 5), bytes(6)];

  it('keeps every part when nothing was written', () => {
    expect(asArrays(unwrittenParts(parts, 0))).toEqual([[1, 2, 3], [4, 5], [6]]);
  });

  it('drops the parts written whole and cuts the one a short write stopped in', () => {
    expect(asArrays(unwrittenParts(parts, 3))).toEqual([[4, 5], [6]]);
    expect(asArrays(unwrittenParts(parts, 4))).toEqual([[5], [6]]);
    expect(asArrays(unwrittenParts(parts, 1))).toEqual([[2, 3], [4, 5], [6]]);
  });

  it('leaves nothing once every byte is written', () => {
    expect(unwrittenParts(parts, 6)).toEqual([]);
  });

  it('is the same function, by its text, in the chunk workers’ source', () => {
    expect(CHUNK_WORKER_SOURCE).toContain(unwrittenParts.toString());
    // The worker's source, with the function's text in it, still parses.
    expect(() => new Script(CHUNK_WORKER_SOURCE)).not.toThrow();
  });
});
