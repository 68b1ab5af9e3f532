import { fileURLToPath } from 'node:url';
import { forkWorkerLauncher } from './worker-launcher';
import type { WorkerLauncher } from './worker-launcher';

/**
 * How untrusted input (archives, registers) is parsed out of the calling process (SECURITY 7).
 * Given to intake and the register import by whoever builds them (Electron main, the CLI, a
 * test): there is no module-level setting, so two callers in one process cannot disturb each
 * other, and a caller that gives nothing gets the safe value (parsingIsolation()).
 */
export interface ParsingIsolation {
  /**
   * The worker's entry. From source it is `archive-worker.ts` beside this module (run under
   * tsx); a bundle passes its built file (`dist/electron/archive-worker.cjs`, docs/intake.md).
   */
  readonly workerPath: string;
  /**
   * How the worker is started: a Node child process by default. Electron's main process cannot
   * fork once the RunAsNode fuse is off (SECURITY 4) and passes a utilityProcess launcher.
   */
  readonly launcher: WorkerLauncher;
  /**
   * Reads ZIP in the calling process instead of the worker. It exists for speed only, in tests
   * and the bench (no process started per archive); yauzl and zlib install nothing process-wide
   * and every byte still passes the same limits, but the document checks and all parsing then
   * run in the caller. Never set it where the caller is Electron's main process. RAR, 7z, volume
   * sets and registers go to the worker whatever it says.
   */
  readonly zipInProcess: boolean;
}

/** The worker entry when running from source: the `.ts` file next to this module. */
function sourceWorkerPath(): string {
  return fileURLToPath(new URL('./archive-worker.ts', import.meta.url));
}

/**
 * A parsing isolation; whatever `overrides` does not say is the safe default: every archive,
 * ZIP included, parsed in the isolated worker, started by the fork launcher from its source path.
 */
export function parsingIsolation(overrides: Partial<ParsingIsolation> = {}): ParsingIsolation {
  return Object.freeze({
    workerPath: overrides.workerPath ?? sourceWorkerPath(),
    launcher: overrides.launcher ?? forkWorkerLauncher,
    zipInProcess: overrides.zipInProcess ?? false,
  });
}
