/** Opening reads the frame, the index and the manifest; reading a material reads only it. */
import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCasePackage, writeCasePackage } from '../../../../electron/core/case';
import { entryExtent } from '../../../../electron/core/case/case-format';
import { ChunkPool } from '../../../../electron/core/crypto/chunk-pool';
import { padmeLength } from '../../../../electron/core/crypto/padme';
import { patterned, testPeople, useScratchDir } from './case-fixtures';

const scratch = useScratchDir();

interface WorkerRead {
  readonly bytes: Uint8Array;
  readonly read?: { readonly position: number };
}

/**
 * Records every positioned read made through any FileHandle, and every read the chunk workers
 * make on the package's descriptor (the jobs that read, check and decrypt a chunk).
 */
async function spyOnReads(): Promise<Array<{ position: number; length: number }>> {
  const probe = await open(fileURLToPath(import.meta.url), 'r');
  const prototype = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const reads: Array<{ position: number; length: number }> = [];
  const original = prototype.read;
  vi.spyOn(prototype, 'read').mockImplementation(function (this: FileHandle, ...args: unknown[]) {
    const [, , length, position] = args as [Buffer, number, number, number | null];
    if (typeof position === 'number') reads.push({ position, length });
    return (original as (...a: unknown[]) => ReturnType<FileHandle['read']>).apply(this, args);
  });
  for (const method of ['open', 'verify'] as const) {
    const job = ChunkPool.prototype[method] as (this: ChunkPool, ...a: unknown[]) => Promise<never>;
    vi.spyOn(ChunkPool.prototype, method).mockImplementation(function (
      this: ChunkPool,
      ...args: unknown[]
    ) {
      const { read, bytes } = args[0] as WorkerRead;
      if (read !== undefined) reads.push({ position: read.position, length: bytes.length });
      return job.apply(this, args);
    });
  }
  return reads;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading one material', () => {
  it('never touches the bytes of the others', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'seek.qbcase');
    const sizes = [3_000_000, 200_000, 3_000_000];
    await writeCasePackage({
      path,
      office,
      recipients: [expert.card.ageRecipient],
      manifest: { n: 3 },
      chunkSizeLog2: 16,
      materials: sizes.map((size, i) => ({ id: `m${i}`, source: patterned(size, i + 1) })),
    });
    const reads = await spyOnReads();
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    const openedBytes = reads.reduce((sum, r) => sum + r.length, 0);
    // Header, wraps, the fixed 64-slot index (7.8 KiB), trailer, the manifest: not the materials.
    expect(openedBytes).toBeLessThan(12 * 1024);
    reads.length = 0;
    const middle = await opened.readEntry('m1');
    expect(Buffer.from(middle).equals(patterned(200_000, 2))).toBe(true);
    await opened.close();
    // Where the middle material's chunks and hash list lie, from the header's wrap lengths.
    const header = await readFile(path).then((bytes) => bytes.subarray(0, 130));
    const entriesStart = 130 + header.readUInt32BE(122) + header.readUInt32BE(126);
    const middleStart = entriesStart + entryExtent(padmeLength(sizes[0]!), 65536);
    const middleEnd = middleStart + entryExtent(padmeLength(sizes[1]!), 65536);
    expect(reads.reduce((sum, r) => sum + r.length, 0)).toBe(middleEnd - middleStart);
    for (const read of reads) {
      expect(read.position).toBeGreaterThanOrEqual(middleStart);
      expect(read.position + read.length).toBeLessThanOrEqual(middleEnd);
    }
  });
});
