import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_ORIGIN } from '../../harness/transport';
import type { Harness } from '../../harness/transport';

/** Where the Word viewer's page is served, under the app's own origin. */
export const FIXTURE_PATH = '/word-fixture/';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the fixture's build (`outDir`) under the app's origin with the production CSP on every
 * file, the worker's script included. Registered after the harness's own route, so it answers
 * first for these paths; every other URL still meets the harness (and any outside one is refused).
 */
export async function serveFixture(harness: Harness, outDir: string): Promise<void> {
  await harness.context.route(`${APP_ORIGIN}${FIXTURE_PATH}**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(url.pathname.slice(FIXTURE_PATH.length)));
    const file = join(outDir, relative);
    if (!file.startsWith(outDir + sep)) return route.fulfill({ status: 404, body: '' });
    try {
      return await route.fulfill({
        status: 200,
        body: await readFile(file),
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
}
