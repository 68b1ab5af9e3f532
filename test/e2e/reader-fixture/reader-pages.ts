/**
 * What the reader e2e tests (Word and PDF) share: inside a describe block, the reader fixture
 * built once into a scratch folder and one Chromium for the block, both gone after it; each test
 * opens the fixture's page in a fresh context (openReaderPage) at the size it asks for.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../harness/transport';
import { VIEWPORTS } from '../screenshots';
import { openReaderPage } from './serve-fixture';
import type { ReaderPage } from './serve-fixture';
import { buildReaderFixture } from './vite.config';

/** Registers the block's fixture and Chromium; answers the page opener (1366×768 by default). */
export function readerPagesPerBlock(): (viewport?: {
  readonly width: number;
  readonly height: number;
}) => Promise<ReaderPage> {
  let browser: Browser | undefined;
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'qbr-reader-fixture-'));
    await buildReaderFixture(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });
  return (viewport = VIEWPORTS['1366x768']) => openReaderPage(browser!, outDir, viewport);
}
