/**
 * The reader fixture's page: the app's own Vite config (plugins, pdf.js's assets included,
 * target, CSP-safe output) with this folder as its root and a temporary folder as its output.
 * Used only by the reader e2e and the bench.
 */
import { fileURLToPath } from 'node:url';
import { build, mergeConfig } from 'vite';
import type { UserConfig } from 'vite';
import appConfig from '../../../vite.config';

export function readerFixtureConfig(outDir: string): UserConfig {
  return mergeConfig(appConfig as UserConfig, {
    root: fileURLToPath(new URL('.', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * Builds the page as the app is built: React's production build and JSX transform. Vitest sets
 * NODE_ENV to 'test', which would give React's development build; it is set aside meanwhile.
 */
export async function buildReaderFixture(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(readerFixtureConfig(outDir));
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
