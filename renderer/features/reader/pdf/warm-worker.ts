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
  /** The document is done with it; `stuck`: it ran past a time limit, so the worker ends now. */
  giveBack(stuck?: boolean): void;
}

export class WarmWorker<W> {
  #current: StartedWorker<W> | null = null;
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
    return {
      worker: lent.worker,
      giveBack: (stuck = false) => {
        if (givenBack) return;
        givenBack = true;
        if (stuck && this.#current === lent) this.retire();
      },
    };
  }

  /** Ends the worker now, whatever it holds; the next document starts another. */
  retire(): void {
    const ending = this.#current;
    this.#current = null;
    ending?.stop();
  }

  /** Whether a worker is running now. */
  get running(): boolean {
    return this.#current !== null;
  }

  /** How many workers this holder has started: one per session while nothing goes wrong. */
  get startedCount(): number {
    return this.#started;
  }

  #begin(): StartedWorker<W> {
    this.#started += 1;
    return this.start();
  }
}
