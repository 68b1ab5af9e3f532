import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { IsolatedMessage, IsolatedRequest } from './worker-protocol';

/** A running isolated worker, whatever started it (child_process here, utilityProcess in Electron). */
export interface WorkerConnection {
  send(request: IsolatedRequest): void;
  onMessage(listener: (message: IsolatedMessage) => void): void;
  /** Called once when the worker is gone (after its last message), with how it ended. */
  onExit(listener: (how: string) => void): void;
  /** Ends the worker at once (time limit, or done). */
  kill(): void;
}

/** Starts the worker entry at `workerPath`. */
export type WorkerLauncher = (workerPath: string) => WorkerConnection;

/** `--import <tsx>` for a `.ts` worker run from source; resolved here so any cwd works. */
function loaderArgs(workerPath: string): string[] {
  if (!workerPath.endsWith('.ts')) return [];
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(tsx).href];
}

/**
 * The default launcher: a Node child process. Not usable from Electron's main process once the
 * RunAsNode fuse is off (SECURITY 4): main passes a utilityProcess launcher in its
 * ParsingIsolation (parsing-isolation.ts, docs/intake.md).
 */
export const forkWorkerLauncher: WorkerLauncher = (workerPath) => {
  const child = fork(workerPath, [], {
    execArgv: loaderArgs(workerPath),
    serialization: 'advanced',
    // The decoders' own console output carries entry names: keep it out of logs.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  return {
    // With a callback, a send to a worker that has just exited (an acknowledgement after its
    // last message) is not an 'error' event: 'close' says how it ended.
    send: (request) => void child.send(request, () => {}),
    onMessage: (listener) =>
      void child.on('message', (message) => listener(message as IsolatedMessage)),
    onExit: (listener) => {
      child.once('close', (code, signal) =>
        listener(signal === null ? `exit code ${code}` : `signal ${signal}`),
      );
      child.once('error', (error) => listener(error.message));
    },
    kill: () => void child.kill('SIGKILL'),
  };
};
