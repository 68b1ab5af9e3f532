import { fileURLToPath } from 'node:url';

let configuredPath: string | null = null;

/**
 * Points intake at the isolated worker's entry. A bundle sets the built `.js`/`.cjs` file here
 * once at start-up (docs/intake.md); from source the `.ts` next to this module is used.
 */
export function setArchiveWorkerPath(path: string | null): void {
  configuredPath = path;
}

/** The worker entry in use: the configured one, or the source file. */
export function resolveArchiveWorkerPath(): string {
  return configuredPath ?? fileURLToPath(new URL('./archive-worker.ts', import.meta.url));
}
