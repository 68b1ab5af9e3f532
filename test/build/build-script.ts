/**
 * Typed access to scripts/build-electron.mjs from TypeScript tests (a plain .mjs script has no
 * declaration file, and the project does not type-check JavaScript).
 */
import type { BuildOptions, Message, Metafile } from 'esbuild';

export interface BuildElectronResult {
  readonly outDir: string;
  readonly mainFile: string;
  readonly preloadFile: string;
  readonly workerFile: string;
  /** group-open-worker.cjs: the chair's group bundles verified and opened on worker threads. */
  readonly groupWorkerFile: string;
  readonly warnings: readonly Message[];
  readonly metafiles: { readonly main: Metafile; readonly preload: Metafile };
}

export interface BuildScript {
  buildElectron(options?: {
    outDir?: string;
    minify?: boolean;
    sourcemap?: boolean;
  }): Promise<BuildElectronResult>;
  /** esbuild's options for a Node-side bundle built as main.cjs is. */
  nodeBundleOptions(
    entry: string,
    outfile: string,
    options?: { minify?: boolean; sourcemap?: boolean },
  ): BuildOptions;
  readonly MAIN_EXTERNALS: readonly string[];
  readonly PRELOAD_EXTERNALS: readonly string[];
}

const SCRIPT_URL = new URL('../../scripts/build-electron.mjs', import.meta.url).href;

export async function loadBuildScript(): Promise<BuildScript> {
  return (await import(/* @vite-ignore */ SCRIPT_URL)) as BuildScript;
}
