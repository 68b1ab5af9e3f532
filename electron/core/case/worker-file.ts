/**
 * An open file whose descriptor the chunk workers read from directly (crypto/chunk-pool.ts), so
 * that a chunk's read, check and decryption all run off the main thread. Closing waits for
 * every job still using the descriptor, and no job starts afterwards: a closed descriptor's
 * number, reused by the next file opened, is never read through.
 */
import type { FileHandle } from 'node:fs/promises';

export class WorkerFile {
  private readonly jobs = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  constructor(readonly handle: FileHandle) {}

  get closed(): boolean {
    return this.closing !== undefined;
  }

  /** Runs `work` with the descriptor, counted until it settles. */
  use<T>(work: (fd: number) => Promise<T>): Promise<T> {
    if (this.closing !== undefined) return Promise.reject(new Error('the file is closed'));
    const job = work(this.handle.fd);
    this.jobs.add(job);
    const forget = () => void this.jobs.delete(job);
    job.then(forget, forget);
    return job;
  }

  /** Waits for the jobs using the descriptor, then closes the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.jobs]);
      await this.handle.close();
    })();
    return this.closing;
  }
}
