/**
 * Worker threads that verify and open the chair's group bundles (group-open-job.ts), one bundle
 * per job, so that the chair's merge uses every core for the whole of its work: the JSON, the
 * hashes, the signatures, AES-GCM and the X25519 trials of a bundle all run on the thread that
 * has it. One worker per core (os.availableParallelism), started on first use and given bundles
 * once it says it is ready (the next as soon as it answers, so the last bundles go to whichever
 * thread is free); until one is ready, the calling thread takes the bundles itself, so a cold
 * start never makes a merge slower than doing it alone (the calling thread may also be made to
 * take bundles throughout: sharesWork). An idle worker does not keep the process alive, and all
 * are ended after a quiet spell (started again on demand). A worker that cannot start leaves the
 * work to the calling thread; one that stops fails its jobs, and the caller then does the whole
 * merge on its own thread.
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
import { openGroupForMerge } from './group-open-job';
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

/**
 * A young generation of up to 64 MiB (more than the default): a bundle's checks allocate many
 * short-lived strings and objects, so fewer scavenges. Measured in three paired sessions of 9
 * merges each: 447 / 458 / 421 ms of CPU a merge against 480 / 474 / 454 with the default.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 };

/** Starts one worker thread running group-open-worker, from source or from the bundle. */
export function startGroupOpenWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return new Worker(new URL('./group-open-boot.mjs', here), {
      workerData: { entry: new URL('./group-open-worker.ts', here).href },
      resourceLimits: RESOURCE_LIMITS,
    });
  }
  // In the bundle, import.meta.url is the bundle's own file (build-electron.mjs).
  const code = readFileSync(new URL(`./${GROUP_OPEN_WORKER_FILE}`, here), 'utf8');
  return new Worker(code, { eval: true, resourceLimits: RESOURCE_LIMITS });
}

interface Waiting {
  /** The job with the caller's bytes (a worker is sent a copy, this thread uses them as they are). */
  readonly request: GroupOpenRequest;
  resolve(outcome: GroupOutcome): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly thread: Worker;
  /** It has said it is ready (its code loaded): only then is it given a job. */
  ready: boolean;
  /** Its jobs, in the order given (it does them one after the other). */
  readonly jobs: Waiting[];
  gone: boolean;
}

export interface GroupOpenPoolOptions {
  /** Worker threads: by default one per core (one per other core when sharing the work). */
  readonly size?: number;
  /**
   * Whether the calling thread takes bundles too whenever it is free, beside a worker per other
   * core; by default it takes them only while no worker is ready. Measured on two cores, warm, on
   * a quiet machine: two workers 245 ms a merge, the main thread and one worker 274 (the main
   * thread's bundles send their age work to the stanza pool, more threads on two cores), alone
   * 310 to 348; in a fresh process the first merges are alike (JIT warm-up rules them).
   */
  readonly sharesWork?: boolean;
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
  private readonly sharesWork: boolean;
  /** This thread is working through the queue. */
  private helping = false;
  /** A worker failed before it was ready: no other is started until the queue is empty. */
  private startFailed = false;

  constructor(options: GroupOpenPoolOptions = {}) {
    this.sharesWork = options.sharesWork ?? false;
    const cores = availableParallelism();
    this.size = Math.max(0, Math.floor(options.size ?? (this.sharesWork ? cores - 1 : cores)));
    this.idleMs = options.idleMs ?? 30_000;
    this.start = options.start ?? startGroupOpenWorker;
  }

  /** Bundles answered by the workers and by the calling thread so far (for tests and benches). */
  readonly done = { byWorkers: 0, here: 0 };

  /** Worker threads running now (for tests: started on demand, ended when idle). */
  get running(): number {
    return this.workers.length;
  }

  /**
   * Starts the workers now, resolving once each is ready or has failed: for a caller that knows
   * bundles are coming (and for tests, so that the workers, not this thread, take them). A caller
   * that does not wait for it (the chair's desk, as it opens) passes `holdProcess: false`: the
   * starting threads then keep nothing alive either.
   */
  async warmUp(options: { readonly holdProcess?: boolean } = {}): Promise<void> {
    const hold = options.holdProcess ?? true;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    while (this.workers.length < this.size && !this.startFailed) {
      try {
        this.startWorker();
      } catch {
        this.startFailed = true;
      }
    }
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.ready || w.gone) return resolve();
            // Referenced while awaited: an unreferenced thread would let the process end first.
            if (hold) w.thread.ref();
            const settle = () => {
              if (w.jobs.length === 0) w.thread.unref();
              resolve();
            };
            w.thread.once('message', settle).once('error', settle).once('exit', settle);
          }),
      ),
    );
    this.armIdleTimer();
  }

  /**
   * One bundle verified and opened on a worker, or on this thread while no worker is ready yet
   * (starting threads takes longer than a bundle: from source, tsx compiles the code in each);
   * rejected when a worker stops with it (not when the bundle is refused: that is the outcome).
   */
  open(job: GroupOpenJob): Promise<GroupOutcome> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const request = { id: this.nextId++, job };
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
      void this.helpHere();
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
    while (this.workers.length < this.size && this.queue.length > 0 && !this.startFailed) {
      try {
        this.startWorker();
      } catch {
        // No thread here (none allowed, or the bundled worker missing): this thread does it.
        this.startFailed = true;
      }
    }
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      // A second job waits in a busy worker while the queue is long, so it never waits for this
      // thread (busy with a bundle of its own) to hand it the next; near the end, one at a time.
      const depth = this.sharesWork && this.queue.length > 2 ? 2 : 1;
      while (worker.ready && worker.jobs.length < depth && this.queue.length > 0) {
        const waiting = this.queue.shift()!;
        worker.jobs.push(waiting);
        // Referenced only while it has work: an idle pool never keeps the process alive.
        worker.thread.ref();
        // A buffer of its own, moved to the worker: the caller's bytes are neither copied twice
        // nor detached.
        const bytes = new Uint8Array(waiting.request.job.bytes);
        const request = { id: waiting.request.id, job: { ...waiting.request.job, bytes } };
        worker.thread.postMessage(request, [bytes.buffer]);
      }
    }
  }

  /**
   * This thread takes the queue's next bundle, one at a time, letting the workers' messages in
   * between: always when it shares the work, else only while no worker is ready.
   */
  private async helpHere(): Promise<void> {
    if (this.helping) return;
    this.helping = true;
    try {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.queue.length === 0) return;
        if (!this.sharesWork && this.workers.some((w) => w.ready)) return;
        const waiting = this.queue.shift()!;
        this.done.here += 1;
        waiting.resolve(await openGroupForMerge(waiting.request.job));
      }
    } finally {
      this.helping = false;
      this.armIdleTimer();
    }
  }

  private startWorker(): PoolWorker {
    const worker: PoolWorker = { thread: this.start(), ready: false, jobs: [], gone: false };
    worker.thread.on('message', (reply: GroupOpenReply | { ready: true }) => {
      if ('ready' in reply) {
        worker.ready = true;
        this.dispatch();
      } else {
        this.answered(worker, reply);
      }
    });
    worker.thread.on('error', (error) => this.lost(worker, error));
    worker.thread.on('exit', (code) => this.lost(worker, new Error(`exit code ${code}`)));
    // After the listeners (listening for messages refs the thread): an idle worker keeps nothing alive.
    worker.thread.unref();
    this.workers.push(worker);
    return worker;
  }

  private answered(worker: PoolWorker, reply: GroupOpenReply): void {
    const waiting = worker.jobs[0];
    if (waiting === undefined || waiting.request.id !== reply.id) return;
    worker.jobs.shift();
    if (worker.jobs.length === 0) worker.thread.unref();
    if (reply.outcome === undefined) {
      waiting.reject(new Error(`a group job failed: ${reply.failure ?? 'no outcome'}`));
    } else {
      this.done.byWorkers += 1;
      waiting.resolve(reply.outcome);
    }
    this.dispatch();
    this.armIdleTimer();
  }

  /** A worker that crashed or exited: its job fails, and a fresh one takes the next jobs. */
  private lost(worker: PoolWorker, cause: Error): void {
    if (worker.gone) return;
    worker.gone = true;
    if (!worker.ready) this.startFailed = true;
    this.workers = this.workers.filter((w) => w !== worker);
    for (const waiting of worker.jobs.splice(0)) {
      waiting.reject(new Error(`a group worker stopped: ${cause.message}`));
    }
    void worker.thread.terminate();
    this.dispatch();
    // With no worker left to become ready, this thread takes what is queued.
    void this.helpHere();
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    const busy =
      this.queue.length > 0 || this.helping || this.workers.some((w) => w.jobs.length > 0);
    if (!busy) this.startFailed = false;
    if (this.idleTimer !== undefined || this.workers.length === 0 || busy) return;
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
      for (const waiting of worker.jobs.splice(0)) waiting.reject(cause);
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
