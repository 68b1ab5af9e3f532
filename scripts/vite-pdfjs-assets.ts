/**
 * Copies what pdf.js fetches at run time into the renderer's build, under `pdfjs/`, so every
 * request stays on the app's own origin (SECURITY.md items 2, 8 and 10): the CMaps (a PDF whose
 * Chinese fonts are not embedded names a CMap such as UniGB-UCS2-H), the standard fonts, the
 * CMYK ICC profile, and the JavaScript JPEG 2000 decoder. pdf.js's wasm decoders are not
 * shipped: the viewer runs with `useWasm: false`, so the CSP needs no 'wasm-unsafe-eval'.
 * A plugin of ours rather than a copy dependency: four folders, no options.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the viewer finds them, relative to the page (renderer/features/reader/pdf/pdf-assets.ts). */
export const PDFJS_ASSET_DIR = 'pdfjs';

/** Each folder of pdfjs-dist that is copied, with the files of it that are. */
export const PDFJS_ASSETS: readonly { folder: string; keep: (name: string) => boolean }[] = [
  { folder: 'cmaps', keep: (name) => name.endsWith('.bcmap') || name === 'LICENSE' },
  { folder: 'standard_fonts', keep: (name) => /\.(pfb|ttf)$|^LICENSE/.test(name) },
  { folder: 'iccs', keep: (name) => name.endsWith('.icc') || name === 'LICENSE' },
  {
    folder: 'wasm',
    keep: (name) => name === 'openjpeg_nowasm_fallback.js' || name.includes('OPENJPEG'),
  },
];

function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/** The files to emit: their name in the build and their path on disk. */
export function pdfjsAssetFiles(root = pdfjsRoot()): { fileName: string; path: string }[] {
  return PDFJS_ASSETS.flatMap(({ folder, keep }) =>
    readdirSync(join(root, folder))
      .filter(keep)
      .sort()
      .map((name) => ({
        fileName: `${PDFJS_ASSET_DIR}/${folder}/${name}`,
        path: join(root, folder, name),
      })),
  );
}

export function pdfjsAssets(): Plugin {
  return {
    name: 'qbr-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const { fileName, path } of pdfjsAssetFiles()) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}
