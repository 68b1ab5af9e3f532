/**
 * The e2e tests' screenshots: the two window sizes every screen is looked at (1366×768, and the
 * same laptop at 125 % scaling), the folder the PNGs land in (test/e2e/__screenshots__/, not
 * committed: open them), and the check that goes with each picture, that the page itself never
 * scrolls sideways. The harness (test/harness/transport.ts) opens every page in Chinese.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCREENSHOT_DIR = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** 1366×768 at 100 %, and the same laptop at 125 % scaling; keyed by the names' prefix. */
export const VIEWPORTS = {
  '1366x768': { width: 1366, height: 768 },
  '1093x615': { width: 1093, height: 615 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Every size with its viewport, for a describe block (or a test) per size. */
export const SIZES = Object.entries(VIEWPORTS) as [
  ViewportName,
  (typeof VIEWPORTS)[ViewportName],
][];

/** The page as `<name>.png` in the screenshots folder. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

/** The page itself never scrolls sideways: only the content pane may scroll, and only down. */
export async function expectNoSidewaysScroll(page: Page, what = 'the content pane'): Promise<void> {
  const overflow = await page.locator('.content').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, `horizontal overflow of ${what}`).toBeLessThanOrEqual(0);
}

/**
 * The screenshot taker of a describe block at `size`: each screen as `<size>-<name>.png`, after
 * checking it does not scroll sideways (unless `sideways` is 'unchecked': a screen whose test
 * checks what it needs itself).
 */
export function screenshotsAt(
  size: string,
  sideways: 'checked' | 'unchecked' = 'checked',
): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    if (sideways === 'checked') await expectNoSidewaysScroll(page);
    await saveScreenshot(page, `${size}-${name}`);
  };
}
