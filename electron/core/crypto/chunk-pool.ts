/**
 * A small pool of worker threads that read, hash, encrypt, decrypt and write chunks held in
 * shared memory, so that sealing and reading a package use every core: on one thread SHA-256
 * and AES-GCM of a 1 MiB chunk take about 0.6 and 0.45 ms here, which capped one thread at
 * about 1 GB/s before any I/O. The main thread only hands out jobs and keeps their order. One
 * worker per core (os.availableParallelism), started on first use; each takes up to two jobs
 * at a time so that it never waits for the main thread between jobs. An idle worker does not
 * keep the process alive, and all are ended after a quiet spell (started again on demand).
 *
 * Jobs name their bytes by views on SharedArrayBuffers, so no chunk is copied on the way to a
 * worker; a worker writes the chunks it encrypts to the file itself, and decrypts in place.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkJob, ChunkReply, FileRange, OpenJob, SealJob } from './chunk-jobs';
import { CHUNK_WORKER_SOURCE } from './chunk-worker-source';
import { AppError } from '../../../shared/errors';

export interface ChunkPoolOptions {
  /** Worker threads; os.availableParallelism() by default. */
  readonly size?: number;
  /** Jobs handed to one worker at a time; 2 by default. */
  readonly jobsPerWorker?: number;
  /** End the workers after this long with nothing to do; 30 s by default. */
  readonly idleMs?: number;
  /** The workers' code; only tests replace it (e.g. with one that crashes). */
  readonly source?: string;
}

interface Waiting {
  readonly job: ChunkJob;
  resolve(reply: ChunkReply): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly thread: Worker;
  readonly jobs: Map<number, Waiting>;
  gone: boolean;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const MAX_STREAM_JOBS = 8;

/** A job's failure as the error its caller throws. */
function failureOf(reply: ChunkReply, counter: number): Error {
  switch (reply.failure) {
    case 'hash':
      return new AppError('tampered', {}, `chunk ${counter} is not the signed one`);
    case 'tag':
      return new AppError('tampered', {}, `chunk ${counter} fails authentication`);
    case 'truncated':
      return new AppError('truncated', {}, 'the file ended early');
    default:
      // An I/O error keeps its code (ENOSPC, EIO…), as fs errors on the main thread do.
      return Object.assign(new Error(`chunk job failed: ${reply.message ?? 'no reply'}`), {
        ...(reply.code === undefined ? {} : { code: reply.code }),
      });
  }
}

/** Small views are sent as copies: a view is cloned with its whole underlying buffer. */
function compact(bytes: Uint8Array): Uint8Array {
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

function assertShared(bytes: Uint8Array): void {
  // A view on an ordinary ArrayBuffer would be copied whole into the worker's message, and
  // the worker's in-place writes would be lost.
  if (!(bytes.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError('chunk jobs take views on a SharedArrayBuffer');
  }
}

export class ChunkPool {
  readonly size: number;
  private readonly jobsPerWorker: number;
  private readonly idleMs: number;
  private readonly source: string;
  private workers: PoolWorker[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: ChunkPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.jobsPerWorker = Math.max(1, options.jobsPerWorker ?? 2);
    this.idleMs = options.idleMs ?? 30_000;
    this.source = options.source ?? CHUNK_WORKER_SOURCE;
  }

  /**
   * Chunks one stream keeps in the workers at once: two per worker, so none waits for the main
   * thread between jobs, but at most 8, so a stream's memory stays at a few chunks on a machine
   * with many cores (several streams at once keep those busy).
   */
  get streamJobs(): number {
    return Math.min(2 * this.size, MAX_STREAM_JOBS);
  }

  /** Worker threads running now (for tests: they are started on demand and ended when idle). */
  get running(): number {
    return this.workers.length;
  }

  /**
   * Encrypts the chunk whose plaintext is `pieces` one after the other (views on shared memory,
   * only read) and writes its ciphertext and tag at `write` (the caller keeps the descriptor
   * open until the job ends); resolves with their SHA-256 when `hash`.
   */
  async seal(job: {
    readonly key: Uint8Array;
    readonly counter: number;
    readonly last: boolean;
    readonly pieces: readonly Uint8Array[];
    readonly hash: boolean;
    readonly write: FileRange;
  }): Promise<Buffer | undefined> {
    const reply = await this.run({ op: 'seal', ...job });
    if (reply.failure !== undefined) throw failureOf(reply, job.counter);
    return reply.hash === undefined ? undefined : Buffer.from(reply.hash);
  }

  /**
   * Reads the chunk (ciphertext ‖ tag) into `bytes` from `read` when given, checks it against
   * `hash` when given, and only then decrypts it in place; resolves with the view of `bytes`
   * that holds the plaintext. On any failure no plaintext is left in `bytes`.
   */
  async open(job: {
    readonly key: Uint8Array;
    readonly counter: number;
    readonly last: boolean;
    readonly bytes: Uint8Array;
    readonly hash?: Uint8Array;
    readonly read?: FileRange;
  }): Promise<Buffer> {
    const reply = await this.run({
      op: 'open',
      ...job,
      read: job.read,
      hash: job.hash,
      decrypt: true,
    });
    if (reply.failure !== undefined || reply.length === undefined) {
      throw failureOf(reply, job.counter);
    }
    return Buffer.from(job.bytes.buffer, job.bytes.byteOffset, reply.length);
  }

  /** Reads (when `read` is given) and checks a chunk against `hash`, never decrypting it. */
  async verify(job: {
    readonly counter: number;
    readonly bytes: Uint8Array;
    readonly hash: Uint8Array;
    readonly read?: FileRange;
  }): Promise<void> {
    const reply = await this.run({
      op: 'open',
      key: new Uint8Array(0),
      last: false,
      ...job,
      read: job.read,
      decrypt: false,
    });
    if (reply.failure !== undefined) throw failureOf(reply, job.counter);
  }

  /** Ends every worker; jobs not yet answered fail. The pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const waiting of this.queue.splice(0)) {
      waiting.reject(new Error('the chunk pool is closed'));
    }
    await this.endWorkers(new Error('the chunk pool is closed'));
  }

  private run(job: WithoutId<SealJob> | WithoutId<OpenJob>): Promise<ChunkReply> {
    if (this.closed) return Promise.reject(new Error('the chunk pool is closed'));
    for (const bytes of job.op === 'seal' ? job.pieces : [job.bytes]) assertShared(bytes);
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    return new Promise<ChunkReply>((resolve, reject) => {
      const sent = {
        ...job,
        id: this.nextId++,
        key: compact(job.key),
        ...(job.op === 'open' && job.hash !== undefined ? { hash: compact(job.hash) } : {}),
      } as ChunkJob;
      this.queue.push({ job: sent, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued jobs to an idle worker, a new one, or the least busy one with room. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.pickWorker();
      if (worker === undefined) return;
      const waiting = this.queue.shift()!;
      worker.jobs.set(waiting.job.id, waiting);
      // Referenced only while it has work: an idle pool never keeps the process alive, and a
      // process awaiting a job never exits early.
      if (worker.jobs.size === 1) worker.thread.ref();
      worker.thread.postMessage(waiting.job);
    }
  }

  private pickWorker(): PoolWorker | undefined {
    const idle = this.workers.find((w) => w.jobs.size === 0);
    if (idle !== undefined) return idle;
    if (this.workers.length < this.size) return this.startWorker();
    let best: PoolWorker | undefined;
    for (const worker of this.workers) {
      if (worker.jobs.size < this.jobsPerWorker && (!best || worker.jobs.size < best.jobs.size)) {
        best = worker;
      }
    }
    return best;
  }

  private startWorker(): PoolWorker {
    const worker: PoolWorker = {
      thread: new Worker(this.source, { eval: true }),
      jobs: new Map(),
      gone: false,
    };
    worker.thread.unref();
    worker.thread.on('message', (reply: ChunkReply) => this.answered(worker, reply));
    worker.thread.on('error', (error) => this.lost(worker, error));
    worker.thread.on('exit', (code) => this.lost(worker, new Error(`exit code ${code}`)));
    this.workers.push(worker);
    return worker;
  }

  private answered(worker: PoolWorker, reply: ChunkReply): void {
    const waiting = worker.jobs.get(reply.id);
    if (waiting === undefined) return;
    worker.jobs.delete(reply.id);
    if (worker.jobs.size === 0) worker.thread.unref();
    waiting.resolve(reply);
    this.dispatch();
    this.armIdleTimer();
  }

  /** A worker that crashed or exited: its jobs fail, and a fresh one takes the next jobs. */
  private lost(worker: PoolWorker, cause: Error): void {
    if (worker.gone) return;
    worker.gone = true;
    this.workers = this.workers.filter((w) => w !== worker);
    for (const waiting of worker.jobs.values()) {
      waiting.reject(new Error(`a chunk worker stopped: ${cause.message}`));
    }
    worker.jobs.clear();
    void worker.thread.terminate();
    if (!this.closed) this.dispatch();
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    if (this.closed || this.idleTimer !== undefined || this.workers.length === 0) return;
    if (this.queue.length > 0 || this.workers.some((w) => w.jobs.size > 0)) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      void this.endWorkers(new Error('idle'));
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private async endWorkers(cause: Error): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    for (const worker of workers) {
      worker.gone = true;
      for (const waiting of worker.jobs.values()) waiting.reject(cause);
      worker.jobs.clear();
    }
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }
}

let shared: ChunkPool | undefined;

/** The process's one pool, sized to its cores. */
export function chunkPool(): ChunkPool {
  shared ??= new ChunkPool();
  return shared;
}
