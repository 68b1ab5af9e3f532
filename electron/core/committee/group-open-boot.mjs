// Starts group-open-worker.ts in a worker thread when running from source (the bench, the tests,
// the CLI from a checkout): tsx's loader registered in this thread, then the TypeScript entry
// imported. `execArgv: ['--import', 'tsx']` does not reach a worker thread on Node 20. The
// Electron bundle runs the built group-open-worker.cjs instead (group-open-pool.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
