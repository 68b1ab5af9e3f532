/**
 * The worker's end of its connection: a Node child process (`process.send`) or an Electron
 * utility process (`process.parentPort`). Data messages (file chunks, register rows) wait for
 * the parent's acknowledgements, at most CHUNKS_IN_FLIGHT ahead, so neither side queues a whole
 * archive; utilityProcess's postMessage has no backpressure of its own.
 */
import { CHUNKS_IN_FLIGHT } from './worker-protocol';
import type { IsolatedMessage, IsolatedRequest } from './worker-protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export interface WorkerChannel {
  /** Sends a control message (ready, a file header, the end). */
  send(message: IsolatedMessage): Promise<void>;
  /** Sends a data message once the parent has room for it. */
  sendData(message: IsolatedMessage): Promise<void>;
  /** The one request this worker serves ('ack's are handled here). */
  onRequest(listener: (request: IsolatedRequest) => void): void;
}

export function parentChannel(): WorkerChannel {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  let inFlight = 0;
  let waiting: (() => void) | null = null;
  let listener: (request: IsolatedRequest) => void = () => {};
  const receive = (request: IsolatedRequest): void => {
    if (request?.type === 'ack') {
      inFlight = Math.max(0, inFlight - 1);
      const wake = waiting;
      waiting = null;
      wake?.();
      return;
    }
    listener(request);
  };
  const post: (message: IsolatedMessage) => Promise<void> =
    port !== undefined
      ? async (message) => port.postMessage(message)
      : (message) =>
          // Waiting for each send keeps the pipe from holding more than one message.
          new Promise((resolve, reject) => {
            process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
          });
  if (port !== undefined) port.on('message', (event) => receive(event.data as IsolatedRequest));
  else process.on('message', (message) => receive(message as IsolatedRequest));
  return {
    send: post,
    async sendData(message) {
      while (inFlight >= CHUNKS_IN_FLIGHT) {
        await new Promise<void>((resolve) => (waiting = resolve));
      }
      inFlight += 1;
      await post(message);
    },
    onRequest: (next) => {
      listener = next;
    },
  };
}
