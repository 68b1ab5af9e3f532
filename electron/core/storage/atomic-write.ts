/**
 * Crash-safe file replacement: write a sibling temp file, fsync it, rename it over the target,
 * fsync the directory. A crash leaves either the old file or the new one, never half of one.
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

async function fsyncDirectory(directory: string): Promise<void> {
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
  const { retries = 8, retryDelayMs = 50, renameFile = rename } = options;
  const directory = dirname(target);
  const temp = join(directory, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await renameFile(temp, target);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (attempt >= retries || !TRANSIENT_CODES.has(code)) throw error;
        await sleep(retryDelayMs * (attempt + 1));
      }
    }
    await fsyncDirectory(directory);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
