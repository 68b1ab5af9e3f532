// Bundles Electron's main process and the preload with esbuild (ARCHITECTURE.md: the preload is
// one CommonJS bundle). `node scripts/build-electron.mjs [--out-dir <dir>] [--minify]`, or import
// `buildElectron` from a test.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Left out of the main bundle and required at run time from node_modules. `electron` always;
 * add a package here only when bundling breaks it (native addons, wasm loaded from its own
 * folder), and list it in `dependencies` so electron-builder packs it.
 */
export const MAIN_EXTERNALS = ['electron'];

/**
 * A sandboxed preload's `require` knows `electron` and a few Node shims only: everything else
 * (zod, the channel map) is bundled in, and the browser platform makes any `node:` import fail
 * the build instead of failing in the window.
 */
export const PRELOAD_EXTERNALS = ['electron'];

/**
 * Node-side bundles are CommonJS, where `import.meta` is empty: the sources' `import.meta.url`
 * becomes the bundle file's own URL (used to find the archive worker next to it).
 */
const IMPORT_META_URL = {
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * The WASM decoders look for their .wasm next to the script that loads them, which in the
 * bundle is archive-worker.cjs: copy them there.
 */
export const WORKER_WASM = [
  'node_modules/node-unrar-js/dist/js/unrar.wasm',
  'node_modules/7z-wasm/7zz.wasm',
];

/** Options both bundles share. */
const COMMON = {
  bundle: true,
  format: 'cjs',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
};

/**
 * The chair's group bundles are verified and opened on worker threads running this, read from
 * beside main.cjs (electron/core/committee/group-open-pool.ts finds it by the bundle's own URL).
 */
export const GROUP_OPEN_WORKER = 'group-open-worker.cjs';

/**
 * esbuild's options for a Node-side bundle of `entry` as main.cjs is built (CommonJS,
 * `import.meta.url` the bundle's own file URL): main.cjs, the workers, and a test's stand-in for
 * main.cjs that must find the workers beside it the same way.
 * @param {string} entry
 * @param {string} outfile
 * @param {{ minify?: boolean, sourcemap?: boolean }} [options]
 */
export function nodeBundleOptions(entry, outfile, options = {}) {
  return {
    ...COMMON,
    ...IMPORT_META_URL,
    entryPoints: [entry],
    outfile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    minify: options.minify ?? false,
    sourcemap: options.sourcemap ?? false,
  };
}

/**
 * Builds `main.cjs`, `preload.cjs` and the workers' bundles into `outDir` (default `dist/electron`) and returns
 * esbuild's warnings; throws on errors.
 * @param {{ outDir?: string, minify?: boolean, sourcemap?: boolean }} [options]
 */
export async function buildElectron(options = {}) {
  const outDir = resolve(ROOT, options.outDir ?? 'dist/electron');
  const minify = options.minify ?? false;
  const sourcemap = options.sourcemap ?? false;
  const bundled = { minify, sourcemap };
  const [main, preload, worker, groupWorker] = await Promise.all([
    build(
      nodeBundleOptions(join(ROOT, 'electron/main/index.ts'), join(outDir, 'main.cjs'), bundled),
    ),
    build({
      ...COMMON,
      entryPoints: [join(ROOT, 'electron/preload/index.ts')],
      outfile: join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome140',
      external: PRELOAD_EXTERNALS,
      minify,
      sourcemap,
    }),
    // Untrusted archives are parsed in their own process (SECURITY.md item 7), from this bundle.
    build(
      nodeBundleOptions(
        join(ROOT, 'electron/core/intake/isolated/archive-worker.ts'),
        join(outDir, 'archive-worker.cjs'),
        bundled,
      ),
    ),
    build(
      nodeBundleOptions(
        join(ROOT, 'electron/core/committee/group-open-worker.ts'),
        join(outDir, GROUP_OPEN_WORKER),
        bundled,
      ),
    ),
  ]);
  await mkdir(outDir, { recursive: true });
  for (const wasm of WORKER_WASM) {
    await copyFile(join(ROOT, wasm), join(outDir, wasm.split('/').pop()));
  }
  return {
    outDir,
    mainFile: join(outDir, 'main.cjs'),
    preloadFile: join(outDir, 'preload.cjs'),
    workerFile: join(outDir, 'archive-worker.cjs'),
    groupWorkerFile: join(outDir, GROUP_OPEN_WORKER),
    warnings: [...main.warnings, ...preload.warnings, ...worker.warnings, ...groupWorker.warnings],
    metafiles: {
      main: main.metafile,
      preload: preload.metafile,
      worker: worker.metafile,
      groupWorker: groupWorker.metafile,
    },
  };
}

/** `--out-dir <dir>`, `--minify`, `--sourcemap`. */
function parseArgs(argv) {
  const index = argv.indexOf('--out-dir');
  return {
    ...(index >= 0 && argv[index + 1] ? { outDir: argv[index + 1] } : {}),
    minify: argv.includes('--minify'),
    sourcemap: argv.includes('--sourcemap'),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const result = await buildElectron(parseArgs(process.argv.slice(2)));
    for (const warning of result.warnings) console.warn(`warning: ${warning.text}`);
    console.log(`built ${result.mainFile} and ${result.preloadFile}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
