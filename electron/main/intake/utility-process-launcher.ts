/**
 * Starts the archive worker as an Electron utility process: with the RunAsNode fuse off, main
 * cannot fork Node children, and untrusted archives are never parsed in main (SECURITY.md 7).
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
    send: (request) => child.postMessage(request),
    onMessage: (listener) =>
      void child.on('message', (message) => listener(message as IsolatedMessage)),
    onExit: (listener) => void child.once('exit', (code) => listener(`exit code ${code}`)),
    kill: () => void child.kill(),
  };
};
