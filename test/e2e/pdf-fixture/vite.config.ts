/**
 * The PDF viewer's e2e page: the app's own Vite config (plugins, pdf.js's assets included,
 * target, CSP-safe output) with this folder as its root and a temporary folder as its output.
 */
import { fileURLToPath } from 'node:url';
import { build, mergeConfig } from 'vite';
import type { UserConfig } from 'vite';
import appConfig from '../../../vite.config';

/** As the Word fixture: React's production build while Vitest's NODE_ENV ('test') is set aside. */
export async function buildPdfFixture(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(
      mergeConfig(appConfig as UserConfig, {
        root: fileURLToPath(new URL('.', import.meta.url)),
        configFile: false,
        logLevel: 'warn',
        mode: 'production',
        build: { outDir, emptyOutDir: true },
      }),
    );
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
