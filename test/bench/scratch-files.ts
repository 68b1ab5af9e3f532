/** Input files for the bench, and the fsync every side that writes pays for. */
import { randomFillSync } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Decimal megabytes: MB/s in every row means 10^6 bytes per second. */
export const MB = 1_000_000;

/** Random bytes, a megabyte at a time: a 2 GB material never sits in memory. */
export async function* randomStream(total: number): AsyncGenerator<Uint8Array> {
  for (let left = total; left > 0; left -= MB) {
    yield randomFillSync(Buffer.allocUnsafe(Math.min(MB, left)));
  }
}

/** Incompressible, so no side gains from compression, and fsync'd, so no side pays for it. */
export async function writeRandomFile(path: string, total: number): Promise<void> {
  await pipeline(Readable.from(randomStream(total)), createWriteStream(path));
  await fsyncFile(path);
}

export async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removeAll(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { recursive: true, force: true })));
}
