/**
 * Crash-safe file replacement: write a sibling temp file, fsync it, rename it over the target,
 * fsync the directory. A crash leaves either the old file or the new one, never half of one.
 * The pieces are exported for the streaming writer of large case packages.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Antivirus and indexers on Windows hold files briefly; these codes are worth a retry. */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicWriteOptions {
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** Injected for tests; defaults to fs.promises.rename. */
  readonly renameFile?: (from: string, to: string) => Promise<void>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A hidden, unique sibling of `target`, on the same file system so the rename is atomic. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Renames `temp` over `target`, retrying the transient errors with a growing delay. */
export async function renameWithRetries(
  temp: string,
  target: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { retries = 8, retryDelayMs = 50, renameFile = rename } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      await renameFile(temp, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= retries || !TRANSIENT_CODES.has(code)) throw error;
      await sleep(retryDelayMs * (attempt + 1));
    }
  }
}

/** Makes a rename in `directory` durable. */
export async function fsyncDirectory(directory: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetries(temp, target, options);
    await fsyncDirectory(dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
