/**
 * Starts the archive worker as an Electron utility process: with the RunAsNode fuse off, main
 * cannot fork Node children, and untrusted archives and registers are never parsed in main
 * (SECURITY.md 7). Main counts every byte the worker sends and refuses a message over
 * MAX_MESSAGE_BYTES (isolated/run-isolated.ts), whatever launched it.
 */
import { utilityProcess } from 'electron';
import type { WorkerLauncher } from '../../core/intake/isolated/worker-launcher';
import type { IsolatedMessage } from '../../core/intake/isolated/worker-protocol';

export const utilityProcessLauncher: WorkerLauncher = (workerPath) => {
  const child = utilityProcess.fork(workerPath, [], {
    serviceName: 'qbreview-archive-reader',
    // The decoders' own output carries entry names: never into a log.
    stdio: 'ignore',
  });
  return {
    send: (request) => {
      try {
        child.postMessage(request);
      } catch {
        // The worker has just exited (an acknowledgement after its last message): 'exit' says how.
      }
    },
    onMessage: (listener) =>
      void child.on('message', (message) => listener(message as IsolatedMessage)),
    onExit: (listener) => void child.once('exit', (code) => listener(`exit code ${code}`)),
    kill: () => void child.kill(),
  };
};
