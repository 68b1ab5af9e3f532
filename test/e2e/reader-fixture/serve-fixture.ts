import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_ORIGIN, openHarness } from '../../harness/transport';
import type { Harness } from '../../harness/transport';

/** Where the reader fixture's page is served, under the app's own origin. */
export const READER_FIXTURE_PATH = '/reader-fixture/';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/octet-stream',
};

/**
 * Serves the fixture's build (`outDir`) under the app's origin with the production CSP on every
 * file, the workers' scripts and pdf.js's assets included, and records each path asked for (a
 * test checks the CMap was fetched from here). Registered after the harness's own route, so it
 * answers first for these paths; every other URL still meets the harness (an outside one is
 * refused and recorded).
 */
export async function serveReaderFixture(harness: Harness, outDir: string): Promise<string[]> {
  const served: string[] = [];
  await harness.context.route(`${APP_ORIGIN}${READER_FIXTURE_PATH}**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(url.pathname.slice(READER_FIXTURE_PATH.length)));
    const file = join(outDir, relative);
    if (!file.startsWith(outDir + sep)) return route.fulfill({ status: 404, body: '' });
    try {
      const body = await readFile(file);
      served.push(relative);
      return await route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  return served;
}

export interface ReaderPage {
  readonly harness: Harness;
  /** Paths under the fixture asked for so far, relative to it (e.g. pdfjs/cmaps/…). */
  readonly served: string[];
}

/** A fresh context with the fixture's page open and ready to be handed a material. */
export async function openReaderPage(
  browser: Browser,
  outDir: string,
  viewport = { width: 1366, height: 768 },
): Promise<ReaderPage> {
  const harness = await openHarness(browser, { viewport });
  const served = await serveReaderFixture(harness, outDir);
  await harness.open(`${READER_FIXTURE_PATH}index.html`);
  await harness.page.waitForFunction(() => typeof window.showBytes === 'function');
  return { harness, served };
}
