import { messageBytes } from './message-size';
import { parsingIsolation } from './parsing-isolation';
import type { ParsingIsolation } from './parsing-isolation';
import { MAX_MESSAGE_BYTES } from './worker-protocol';
import type { IsolatedMessage, IsolatedRequest } from './worker-protocol';

/** Thrown when the worker cannot even start: a setup fault, never the input's. */
export class ArchiveWorkerStartError extends Error {
  constructor(how: string) {
    super(`intake archive worker did not start (${how})`);
    this.name = 'ArchiveWorkerStartError';
  }
}

/** What the parent makes of one exchange's messages, and how it words each way it can fail. */
export interface IsolatedReceiver<T> {
  /**
   * Takes one message after 'ready'; returns the result when the exchange is over, undefined
   * while more is to come. Throws to refuse. `ack` lets the worker send one more data message.
   */
  receive(message: IsolatedMessage, ack: () => void): T | undefined;
  /** The time limit ran out: the worker is killed. */
  timedOut(): Error;
  /** The worker died before its end message (a WASM abort, out of memory). */
  died(how: string): Error;
  /** The worker broke the protocol (a message too large, out of order): it is killed. */
  violated(detail: string, detailEn: string): Error;
}

/**
 * Runs one request in a fresh isolated worker, started as `isolation` says, and supervises it:
 * a time limit (the worker is killed when it runs out), a size limit on every message it sends
 * (MAX_MESSAGE_BYTES, counted here), messages in protocol order; the worker is killed when the
 * exchange ends either way.
 */
export function runIsolated<T>(
  request: IsolatedRequest,
  timeLeftMs: number,
  receiver: IsolatedReceiver<T>,
  isolation: ParsingIsolation = parsingIsolation(),
): Promise<T> {
  const connection = isolation.launcher(isolation.workerPath);
  return new Promise<T>((resolve, reject) => {
    let started = false;
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.kill();
      action();
    };
    const timer = setTimeout(() => settle(() => reject(receiver.timedOut())), timeLeftMs);
    const ack = (): void => {
      if (!settled) connection.send({ type: 'ack' });
    };

    connection.onMessage((message: IsolatedMessage) => {
      if (settled) return;
      try {
        const size = messageBytes(message, MAX_MESSAGE_BYTES);
        if (size > MAX_MESSAGE_BYTES) {
          throw receiver.violated(
            `一条消息超过 ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB 的上限`,
            `a message is over the limit of ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB`,
          );
        }
        const type = (message as { type?: unknown } | null)?.type;
        if (!started) {
          if (type !== 'ready') {
            throw receiver.violated('启动前发来数据', 'data came before the worker was ready');
          }
          started = true;
          connection.send(request);
          return;
        }
        if (type === 'failed') {
          // Our reader code threw something it does not map: a bug to see, not a category.
          const text = String((message as { message?: unknown }).message).slice(0, 500);
          throw new Error(`intake archive worker failed: ${text}`);
        }
        const result = receiver.receive(message, ack);
        if (result !== undefined) settle(() => resolve(result));
      } catch (error) {
        settle(() => reject(error));
      }
    });
    connection.onExit((how) => {
      if (!started) settle(() => reject(new ArchiveWorkerStartError(how)));
      // Died mid-exchange: nothing it sent can be trusted whole.
      else settle(() => reject(receiver.died(how)));
    });
  });
}
