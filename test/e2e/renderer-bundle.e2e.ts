/**
 * The built renderer as shipped: no test transport inside, nothing inline that the CSP would
 * have to allow, and no remote URL to fetch from.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererDir } from '../harness/transport';

async function builtFiles(): Promise<{ name: string; text: string }[]> {
  const entries = await readdir(rendererDir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { name: path.slice(rendererDir.length + 1), text: await readFile(path, 'utf8') };
      }),
  );
}

describe('built renderer', () => {
  it('carries nothing of the test harness', async () => {
    for (const file of await builtFiles()) {
      expect(file.text, file.name).not.toContain('__qbrInvoke');
      expect(file.text, file.name).not.toContain('playwright');
    }
  });

  it('has no inline script or style in index.html', async () => {
    const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('loads scripts and styles from the app itself only', async () => {
    const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(url).toMatch(/^\.\//);
    }
  });
});
