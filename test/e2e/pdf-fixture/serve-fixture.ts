import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_ORIGIN } from '../../harness/transport';
import type { Harness } from '../../harness/transport';

/** Where the PDF viewer's page is served, under the app's own origin. */
export const PDF_FIXTURE_PATH = '/pdf-fixture/';

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
 * file, the worker's script and pdf.js's assets included, and records each path asked for (the
 * test checks the CMap was fetched from here). As the Word fixture's server, registered after
 * the harness's route so it answers first for these paths; any outside URL still meets the harness.
 */
export async function servePdfFixture(harness: Harness, outDir: string): Promise<string[]> {
  const served: string[] = [];
  await harness.context.route(`${APP_ORIGIN}${PDF_FIXTURE_PATH}**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(url.pathname.slice(PDF_FIXTURE_PATH.length)));
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
