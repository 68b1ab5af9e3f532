/**
 * Worker threads that verify and open the chair's group bundles (group-open-job.ts), one bundle
 * per job, so that the chair's merge uses every core for the whole of its work: the JSON, the
 * hashes, the signatures, AES-GCM and the X25519 trials of a bundle all run on the thread that
 * has it. One worker per core (os.availableParallelism), started on first use, each given one
 * bundle at a time (the next as soon as it answers, so the last bundles go to whichever thread is
 * free); an idle worker does not keep the process alive, and all are ended after a quiet spell
 * (started again on demand). A worker that cannot start, or stops, fails its job: the caller
 * then does the work on its own thread.
 *
 * The worker runs the project's own code: from source (tsx: the bench, the tests, the CLI from a
 * checkout) group-open-boot.mjs registers tsx in the thread and imports group-open-worker.ts;
 * from the bundle (Electron's main.cjs), group-open-worker.cjs built beside it
 * (scripts/build-electron.mjs) is read and run as the thread's code, which needs no module
 * loading from inside the app's asar archive.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import type { GroupOpenJob, GroupOutcome } from './group-open-job';

/** Whatever verifies and opens one group bundle: the pool, or (tests) this thread. */
export interface GroupOpener {
  open(job: GroupOpenJob): Promise<GroupOutcome>;
}

/** A job as posted: the bytes in a buffer of their own, moved to the worker (not copied again). */
export interface GroupOpenRequest {
  readonly id: number;
  readonly job: GroupOpenJob;
}

export interface GroupOpenReply {
  readonly id: number;
  readonly outcome?: GroupOutcome;
  readonly failure?: string;
}

/** The bundled worker's file name, beside the bundle that starts it. */
export const GROUP_OPEN_WORKER_FILE = 'group-open-worker.cjs';

/** Starts one worker thread running group-open-worker, from source or from the bundle. */
export function startGroupOpenWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return new Worker(new URL('./group-open-boot.mjs', here), {
      workerData: { entry: new URL('./group-open-worker.ts', here).href },
    });
  }
  // In the bundle, import.meta.url is the bundle's own file (build-electron.mjs).
  const code = readFileSync(new URL(`./${GROUP_OPEN_WORKER_FILE}`, here), 'utf8');
  return new Worker(code, { eval: true });
}

interface Waiting {
  readonly request: GroupOpenRequest;
  /** The request's bytes' own buffer, moved to the worker with it. */
  readonly transfer: ArrayBuffer;
  resolve(outcome: GroupOutcome): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly thread: Worker;
  job: Waiting | undefined;
  gone: boolean;
}

export interface GroupOpenPoolOptions {
  readonly size?: number;
  readonly idleMs?: number;
  /** Starts one worker thread; only tests replace it (e.g. with one that cannot start). */
  readonly start?: () => Worker;
}

export class GroupOpenPool implements GroupOpener {
  readonly size: number;
  private readonly idleMs: number;
  private readonly start: () => Worker;
  private workers: PoolWorker[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(options: GroupOpenPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.idleMs = options.idleMs ?? 30_000;
    this.start = options.start ?? startGroupOpenWorker;
  }

  /** Worker threads running now (for tests: started on demand, ended when idle). */
  get running(): number {
    return this.workers.length;
  }

  /** One bundle verified and opened on a worker; rejected when the worker fails (not the bundle). */
  open(job: GroupOpenJob): Promise<GroupOutcome> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    // A buffer of its own, moved to the worker: the caller's bytes are neither copied twice nor
    // detached.
    const bytes = new Uint8Array(job.bytes);
    const request = { id: this.nextId++, job: { ...job, bytes } };
    return new Promise((resolve, reject) => {
      this.queue.push({ request, transfer: bytes.buffer, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; jobs not yet answered fail. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error('the pool closed'));
    await this.endWorkers(new Error('the pool closed'));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker: PoolWorker | undefined;
      try {
        worker = this.pickWorker();
      } catch (error) {
        // No worker could be started: every waiting job fails, the caller works alone.
        const cause = error instanceof Error ? error.message : 'no worker';
        for (const waiting of this.queue.splice(0)) {
          waiting.reject(new Error(`a group worker could not start: ${cause}`));
        }
        return;
      }
      if (worker === undefined) return;
      const waiting = this.queue.shift()!;
      worker.job = waiting;
      // Referenced only while it has work: an idle pool never keeps the process alive.
      worker.thread.ref();
      worker.thread.postMessage(waiting.request, [waiting.transfer]);
    }
  }

  private pickWorker(): PoolWorker | undefined {
    const idle = this.workers.find((w) => w.job === undefined);
    if (idle !== undefined) return idle;
    if (this.workers.length < this.size) return this.startWorker();
    return undefined;
  }

  private startWorker(): PoolWorker {
    const worker: PoolWorker = { thread: this.start(), job: undefined, gone: false };
    worker.thread.unref();
    worker.thread.on('message', (reply: GroupOpenReply) => this.answered(worker, reply));
    worker.thread.on('error', (error) => this.lost(worker, error));
    worker.thread.on('exit', (code) => this.lost(worker, new Error(`exit code ${code}`)));
    this.workers.push(worker);
    return worker;
  }

  private answered(worker: PoolWorker, reply: GroupOpenReply): void {
    const waiting = worker.job;
    if (waiting === undefined || waiting.request.id !== reply.id) return;
    worker.job = undefined;
    worker.thread.unref();
    if (reply.outcome === undefined) {
      waiting.reject(new Error(`a group job failed: ${reply.failure ?? 'no outcome'}`));
    } else {
      waiting.resolve(reply.outcome);
    }
    this.dispatch();
    this.armIdleTimer();
  }

  /** A worker that crashed or exited: its job fails, and a fresh one takes the next jobs. */
  private lost(worker: PoolWorker, cause: Error): void {
    if (worker.gone) return;
    worker.gone = true;
    this.workers = this.workers.filter((w) => w !== worker);
    worker.job?.reject(new Error(`a group worker stopped: ${cause.message}`));
    worker.job = undefined;
    void worker.thread.terminate();
    this.dispatch();
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    if (this.idleTimer !== undefined || this.workers.length === 0) return;
    if (this.queue.length > 0 || this.workers.some((w) => w.job !== undefined)) return;
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
      worker.job?.reject(cause);
      worker.job = undefined;
    }
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }
}

let shared: GroupOpenPool | undefined;

/**
 * The process's one pool, sized to its cores; null off the main thread (a worker opening a group
 * bundle does its own work, starting no pool of its own).
 */
export function groupOpenPool(): GroupOpenPool | null {
  if (!isMainThread) return null;
  shared ??= new GroupOpenPool();
  return shared;
}
