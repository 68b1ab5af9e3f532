/**
 * One worker kept warm across documents: starting pdf.js's worker (compiling its 1.2 MB script)
 * cost more than opening and drawing a page (docs/reader-bench.md), so the reader starts it once
 * and lends it to each document. It ends when the package closes or the app locks (`retire`),
 * and at once when a document using it ran past a time limit: a hostile content stream may keep
 * it busy for ever, and the next document must not queue behind it.
 */

export interface StartedWorker<W> {
  readonly worker: W;
  /** Ends the thread and everything it holds. */
  readonly stop: () => void;
}

export interface WorkerLease<W> {
  readonly worker: W;
  /**
   * The document ran past a time limit: its worker is lent to no new document from now on (it
   * may be busy for ever), and ends when this document gives it back.
   */
  setAside(): void;
  /** The document is done with it; `stuck` (or set aside before): the worker ends now. */
  giveBack(stuck?: boolean): void;
}

interface Running<W> extends StartedWorker<W> {
  stopped: boolean;
}

export class WarmWorker<W> {
  #current: Running<W> | null = null;
  /** Every worker started and not yet stopped: the current one, and any set aside. */
  readonly #alive = new Set<Running<W>>();
  #started = 0;

  constructor(private readonly start: () => StartedWorker<W>) {}

  /** Starts the worker if none is running (ahead of a document, so it is ready when one comes). */
  warm(): void {
    this.#current ??= this.#begin();
  }

  /** The warm worker for one document, started if none is running. */
  lend(): WorkerLease<W> {
    const lent = (this.#current ??= this.#begin());
    let givenBack = false;
    let setAside = false;
    return {
      worker: lent.worker,
      setAside: () => {
        setAside = true;
        if (this.#current === lent) this.#current = null;
      },
      giveBack: (stuck = false) => {
        if (givenBack) return;
        givenBack = true;
        if (!stuck && !setAside) return;
        if (this.#current === lent) this.#current = null;
        this.#stop(lent);
      },
    };
  }

  /** Ends every worker now, whatever it holds; the next document starts another. */
  retire(): void {
    this.#current = null;
    for (const running of [...this.#alive]) this.#stop(running);
  }

  /** Whether a worker is ready to be lent now. */
  get running(): boolean {
    return this.#current !== null;
  }

  /** How many workers this holder has started: one per session while nothing goes wrong. */
  get startedCount(): number {
    return this.#started;
  }

  #begin(): Running<W> {
    this.#started += 1;
    const running = { ...this.start(), stopped: false };
    this.#alive.add(running);
    return running;
  }

  #stop(running: Running<W>): void {
    if (running.stopped) return;
    running.stopped = true;
    this.#alive.delete(running);
    running.stop();
  }
}
