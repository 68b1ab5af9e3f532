/**
 * Worker threads that try X25519 stanzas (stanza-worker-source.ts), so that a reader opening
 * thousands of section wraps (a chair's merge opens about 2,000, 4.5 stanzas tried in each on
 * average, one X25519 each) uses every core while the main thread decrypts and checks what is
 * already open. One worker per core (os.availableParallelism), started on first use, each given
 * up to two jobs at a time so it never waits for the main thread; an idle worker does not keep
 * the process alive, and all are ended after a quiet spell (started again on demand).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { STANZA_WORKER_SOURCE } from './stanza-worker-source';

/**
 * One age file to open: its X25519 stanzas to try, in file order, as the main thread checked them;
 * or, when its file key is already known (a key a group section carries), no stanza and that key.
 */
export interface StanzaTrialWrap {
  readonly stanzas: readonly { readonly share: Uint8Array; readonly body: Uint8Array }[];
  /** The file key (16 bytes) when known: no stanza is tried, the MAC and payload are checked with it. */
  readonly fileKey?: Uint8Array;
  /** Why a stanza after these was refused: the wrap is refused if none of these matches. */
  readonly malformed?: string;
  /** The header up to `---` (what the MAC covers), the MAC, and the payload after the header. */
  readonly headerNoMac: Uint8Array;
  readonly mac: Uint8Array;
  readonly rest: Uint8Array;
}

/**
 * The payload and the place of the stanza that opened it (-1: the file key given); none for this
 * identity; refused.
 */
export type StanzaTrialResult =
  | { readonly payload: Uint8Array; readonly stanza: number }
  | { readonly none: true }
  | { readonly invalid: string };

/**
 * A job as posted: each wrap's stanzas (share ‖ body, 64 bytes each), header, MAC, payload and
 * given file key packed into one buffer (wiped once posted: it may hold file keys), so that the structured clone copies those bytes only (a small view
 * would be cloned with its whole underlying buffer, the 8 KiB of Buffer's pool for a decoded
 * share).
 */
interface Job {
  readonly id: number;
  readonly scalar: Uint8Array;
  readonly recipient: Uint8Array;
  readonly bytes: Uint8Array;
  /** Per wrap: stanzas, header, MAC, payload and given file key lengths, in the order packed. */
  readonly counts: readonly (readonly [number, number, number, number, number])[];
  readonly malformed: readonly (string | null)[];
}

/**
 * Per wrap: the matching stanza's place, -1 for none, -2 for opened with the given file key, or
 * why it is refused; payloads joined.
 */
interface Reply {
  readonly id: number;
  readonly results?: readonly (number | string)[];
  readonly lengths?: readonly number[];
  readonly payloads?: Uint8Array;
  readonly failure?: string;
}

const STANZA_BYTES = 64;
/** A reply's result for a wrap opened with its given file key. */
const OPENED_WITH_GIVEN_KEY = -2;

function packed(
  id: number,
  scalar: Uint8Array,
  recipient: Uint8Array,
  wraps: readonly StanzaTrialWrap[],
): Job {
  const total = wraps.reduce(
    (sum, w) =>
      sum +
      w.stanzas.length * STANZA_BYTES +
      w.headerNoMac.length +
      w.mac.length +
      w.rest.length +
      (w.fileKey?.length ?? 0),
    0,
  );
  const bytes = new Uint8Array(total);
  let offset = 0;
  const put = (part: Uint8Array) => {
    bytes.set(part, offset);
    offset += part.length;
  };
  for (const wrap of wraps) {
    for (const { share, body } of wrap.stanzas) {
      put(share);
      put(body);
    }
    put(wrap.headerNoMac);
    put(wrap.mac);
    put(wrap.rest);
    if (wrap.fileKey !== undefined) put(wrap.fileKey);
  }
  return {
    id,
    scalar: Uint8Array.from(scalar),
    recipient: Uint8Array.from(recipient),
    bytes,
    counts: wraps.map((w) => [
      w.stanzas.length,
      w.headerNoMac.length,
      w.mac.length,
      w.rest.length,
      w.fileKey?.length ?? 0,
    ]),
    malformed: wraps.map((w) => w.malformed ?? null),
  };
}

function unpacked(reply: Reply, wraps: number): StanzaTrialResult[] | null {
  const { results, lengths, payloads } = reply;
  if (results === undefined || lengths === undefined || payloads === undefined) return null;
  if (results.length !== wraps) return null;
  let next = 0;
  let offset = 0;
  return results.map((result) => {
    if (typeof result === 'string') return { invalid: result };
    if (result < 0 && result !== OPENED_WITH_GIVEN_KEY) return { none: true };
    const length = lengths[next++] ?? 0;
    const payload = Uint8Array.from(payloads.subarray(offset, offset + length));
    offset += length;
    return { payload, stanza: Math.max(result, -1) };
  });
}

interface Waiting {
  readonly job: Job;
  resolve(results: StanzaTrialResult[]): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly thread: Worker;
  readonly jobs: Map<number, Waiting>;
  gone: boolean;
}

export interface StanzaPoolOptions {
  readonly size?: number;
  /**
   * Wraps per job at most; by default a call's wraps are shared out in one job per worker
   * (every message costs a wake-up of a thread; fewer, larger jobs cost fewer).
   */
  readonly wrapsPerJob?: number;
  readonly idleMs?: number;
  /** The workers' code; only tests replace it (e.g. with one that crashes). */
  readonly source?: string;
}

const JOBS_PER_WORKER = 2;

export class StanzaPool {
  readonly size: number;
  private readonly wrapsPerJob: number | undefined;
  private readonly idleMs: number;
  private readonly source: string;
  private workers: PoolWorker[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(options: StanzaPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.wrapsPerJob =
      options.wrapsPerJob === undefined ? undefined : Math.max(1, options.wrapsPerJob);
    this.idleMs = options.idleMs ?? 30_000;
    this.source = options.source ?? STANZA_WORKER_SOURCE;
  }

  /** Worker threads running now (for tests: started on demand, ended when idle). */
  get running(): number {
    return this.workers.length;
  }

  /**
   * Each file's outcome for the identity of `scalar` (whose public key is `recipient`), in order.
   * The scalar is copied into each job and wiped there; the caller wipes its own. When every wrap
   * has its file key given, the scalar and recipient may be empty: no identity is sent at all.
   */
  async trial(
    scalar: Uint8Array,
    recipient: Uint8Array,
    wraps: readonly StanzaTrialWrap[],
  ): Promise<StanzaTrialResult[]> {
    const parts: Promise<StanzaTrialResult[]>[] = [];
    const perJob = this.wrapsPerJob ?? Math.max(1, Math.ceil(wraps.length / this.size));
    for (let start = 0; start < wraps.length; start += perJob) {
      parts.push(
        this.run(packed(this.nextId++, scalar, recipient, wraps.slice(start, start + perJob))),
      );
    }
    const settled = await Promise.allSettled(parts);
    const results: StanzaTrialResult[] = [];
    for (const part of settled) {
      if (part.status === 'fulfilled') {
        results.push(...part.value);
        continue;
      }
      for (const other of settled) {
        if (other.status === 'fulfilled') for (const r of other.value) wipe(r);
      }
      throw part.reason;
    }
    return results;
  }

  /** Ends every worker; jobs not yet answered fail. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error('the stanza pool closed'));
    await this.endWorkers(new Error('the stanza pool closed'));
  }

  private run(job: Job): Promise<StanzaTrialResult[]> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.pickWorker();
      if (worker === undefined) return;
      const waiting = this.queue.shift()!;
      worker.jobs.set(waiting.job.id, waiting);
      // Referenced only while it has work: an idle pool never keeps the process alive.
      if (worker.jobs.size === 1) worker.thread.ref();
      worker.thread.postMessage(waiting.job);
      // The worker has its copy (structured clone); this one is wiped at once, and the packed
      // bytes with it (given file keys).
      waiting.job.scalar.fill(0);
      waiting.job.bytes.fill(0);
    }
  }

  private pickWorker(): PoolWorker | undefined {
    const idle = this.workers.find((w) => w.jobs.size === 0);
    if (idle !== undefined) return idle;
    if (this.workers.length < this.size) return this.startWorker();
    let best: PoolWorker | undefined;
    for (const worker of this.workers) {
      if (worker.jobs.size < JOBS_PER_WORKER && (!best || worker.jobs.size < best.jobs.size)) {
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
    worker.thread.on('message', (reply: Reply) => this.answered(worker, reply));
    worker.thread.on('error', (error) => this.lost(worker, error));
    worker.thread.on('exit', (code) => this.lost(worker, new Error(`exit code ${code}`)));
    this.workers.push(worker);
    return worker;
  }

  private answered(worker: PoolWorker, reply: Reply): void {
    const waiting = worker.jobs.get(reply.id);
    if (waiting === undefined) return;
    worker.jobs.delete(reply.id);
    if (worker.jobs.size === 0) worker.thread.unref();
    const results = unpacked(reply, waiting.job.counts.length);
    reply.payloads?.fill(0);
    if (results === null) {
      waiting.reject(new Error(`a stanza job failed: ${reply.failure ?? 'no results'}`));
    } else {
      waiting.resolve(results);
    }
    this.dispatch();
    this.armIdleTimer();
  }

  /** A worker that crashed or exited: its jobs fail, and a fresh one takes the next jobs. */
  private lost(worker: PoolWorker, cause: Error): void {
    if (worker.gone) return;
    worker.gone = true;
    this.workers = this.workers.filter((w) => w !== worker);
    for (const waiting of worker.jobs.values()) {
      waiting.reject(new Error(`a stanza worker stopped: ${cause.message}`));
    }
    worker.jobs.clear();
    void worker.thread.terminate();
    this.dispatch();
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    if (this.idleTimer !== undefined || this.workers.length === 0) return;
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

/** Zeroes a result's payload. */
export function wipe(result: StanzaTrialResult): void {
  if ('payload' in result) result.payload.fill(0);
}

let shared: StanzaPool | undefined;

/**
 * The process's one pool, sized to its cores; null off the main thread: a worker thread that
 * opens age files (a group bundle on the chair's group pool) tries its stanzas itself rather than
 * starting threads of its own, since the cores are already shared out among the workers.
 */
export function stanzaPool(): StanzaPool | null {
  if (!isMainThread) return null;
  shared ??= new StanzaPool();
  return shared;
}
