/**
 * A worker spoken to one request at a time: it answers in the order it was asked (the search
 * worker queues its messages), so each answer settles the oldest request waiting. A worker that
 * fails, or is stopped, settles every waiting request with `null`.
 */

/** What of a Worker the port uses (a stand-in in the unit tests). */
export interface WorkerLike<Q, A> {
  onmessage: ((event: MessageEvent<A>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: Q, transfer: Transferable[]): void;
  terminate(): void;
}

export interface OrderedPort<Q, A> {
  /** The worker's answer, or null when it failed or was stopped first. */
  ask(request: Q, transfer?: Transferable[]): Promise<A | null>;
  /** Stops the worker; waiting requests get null. */
  stop(): void;
  readonly stopped: boolean;
}

export function orderedPort<Q, A>(
  worker: WorkerLike<Q, A>,
  onFailure?: () => void,
): OrderedPort<Q, A> {
  const waiting: ((answer: A | null) => void)[] = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    for (const settle of waiting.splice(0)) settle(null);
  };
  worker.onmessage = (event) => waiting.shift()?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    stop();
    onFailure?.();
  };
  worker.onmessageerror = () => {
    stop();
    onFailure?.();
  };
  return {
    ask(request, transfer = []) {
      if (stopped) return Promise.resolve(null);
      return new Promise<A | null>((resolve) => {
        waiting.push(resolve);
        worker.postMessage(request, transfer);
      });
    },
    stop,
    get stopped() {
      return stopped;
    },
  };
}
