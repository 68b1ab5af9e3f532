/**
 * The streaming twin of storage/atomic-write.ts for files too large to hold in memory: write a
 * sibling temp file piece by piece, fsync it, rename it over the target (retrying the transient
 * Windows errors the same way), fsync the directory. Only ciphertext ever goes through it.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicStreamOptions {
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** Injected for tests; defaults to fs.promises.rename. */
  readonly renameFile?: (from: string, to: string) => Promise<void>;
}

export interface AtomicStream {
  /**
   * Writes the parts at `position` with one writev (retried on a short write). Writes to
   * different ranges may be in flight together: the kernel copies them on different threads.
   */
  write(parts: readonly Uint8Array[], position: number): Promise<void>;
  /** fsync, rename over the target, fsync the directory. */
  commit(): Promise<void>;
  /** Closes and deletes the temp file; safe to call after a failure. */
  abort(): Promise<void>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fsyncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(
  handle: FileHandle,
  parts: readonly Uint8Array[],
  position: number,
): Promise<void> {
  let pending = parts.filter((part) => part.length > 0);
  let at = position;
  while (pending.length > 0) {
    const { bytesWritten } = await handle.writev(pending as Uint8Array[], at);
    at += bytesWritten;
    // A short writev is legal: drop what was written and go on with the rest.
    let skip = bytesWritten;
    const rest: Uint8Array[] = [];
    for (const part of pending) {
      if (skip >= part.length) skip -= part.length;
      else {
        rest.push(part.subarray(skip));
        skip = 0;
      }
    }
    pending = rest;
  }
}

export async function openAtomicStream(
  target: string,
  options: AtomicStreamOptions = {},
): Promise<AtomicStream> {
  const { retries = 8, retryDelayMs = 50, renameFile = rename } = options;
  const directory = dirname(target);
  const temp = join(directory, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: (parts, position) => writeAll(handle, parts, position),
    async commit() {
      await handle.sync();
      await close();
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
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
