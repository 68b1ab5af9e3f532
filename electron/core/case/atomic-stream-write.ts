/**
 * The streaming twin of storage/atomic-write.ts for files too large to hold in memory: write a
 * sibling temp file piece by piece, fsync it, rename it over the target (retrying the transient
 * Windows errors the same way), fsync the directory. Only ciphertext ever goes through it.
 */
import { open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory, renameWithRetries, tempPathFor } from '../storage/atomic-write';
import type { AtomicWriteOptions } from '../storage/atomic-write';

export type AtomicStreamOptions = AtomicWriteOptions;

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
  const temp = tempPathFor(target);
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
      await renameWithRetries(temp, target, options);
      await fsyncDirectory(dirname(target));
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
