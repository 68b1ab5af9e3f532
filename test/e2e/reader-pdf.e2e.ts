/**
 * The PDF viewer in Debian's Chromium under the production CSP (Trusted Types included): every
 * PDF of the corpus gives its expected outcome in the viewer, a PDF whose Chinese font is not
 * embedded shows its text (the CMap and fonts served from the app's own origin), a 200-page PDF
 * draws only the pages near the viewport (the page in view marked in the thumbnails), JPG, PNG
 * and TIFF scans open in the same viewer, and nothing leaves the app. The viewer is mounted by
 * the reader fixture's page (test/e2e/reader-fixture/, built by Vite into a temporary folder and
 * served under the app's origin with the same CSP), as the Word viewer's e2e does: the
 * production renderer ships nothing of it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from '../harness/transport';
import { chartPng } from './reader-fixture/chinese-docx';
import { CHINESE_LINES, chinesePdf, jpxPdf, manyPagesPdf } from './reader-fixture/make-pdf';
import { twoPageScan } from './reader-fixture/make-tiff';
import { readerPagesPerBlock } from './reader-fixture/reader-pages';
import { saveScreenshot, SIZES, VIEWPORTS } from './screenshots';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'pdf.js');

type Outcome =
  /** Opened; the first page drawn and its text layer holding `contains`. */
  | { readonly kind: 'text'; readonly contains: string }
  /** Opened; the first page drawn, with no text pdf.js can extract (in Node either). */
  | { readonly kind: 'drawn' }
  /** Opened; the first page cannot be read, and the page says so. */
  | { readonly kind: 'page-error' }
  | { readonly kind: 'error'; readonly failure: string };

const text = (contains: string): Outcome => ({ kind: 'text', contains });
const drawn: Outcome = { kind: 'drawn' };
const error = (failure: string): Outcome => ({ kind: 'error', failure });

/**
 * Every PDF of the corpus, with what the reader shows. `text` wherever pdf.js in Node extracts
 * text from the first page (legacy build, same options); `drawn` where it extracts none;
 * `page-error` where it fails on the first page's content.
 */
const expected: Record<string, Outcome> = {
  'ContentStreamCycleType3insideType3.pdf': text('ab'),
  'GHOSTSCRIPT-698804-1-fuzzed.pdf': drawn,
  'IndexedCS_negative_and_high.pdf': drawn,
  'PDFBOX-3148-2-fuzzed.pdf': drawn,
  'PDFBOX-4352-0.pdf': drawn,
  'Pages-tree-refs.pdf': text('Testcase'),
  'REDHAT-1531897-0.pdf': error('corrupt'),
  'autoprint.pdf': drawn,
  'bad-PageLabels.pdf': text('PDF document with bad Page Labels.'),
  'bitmap-symbol-big-segmentid.pdf': drawn,
  'bomb_giant.pdf': text('GIANT JBIG2 BOMB'),
  'boundingBox_invalid.pdf': text('Empty /MediaBox'),
  'cidfont_cmap_overflow.pdf': text('㐂㐄㐆'),
  'empty_protected.pdf': drawn,
  'encrypted-attachment.pdf': error('encrypted'),
  'evaljs.pdf': drawn,
  'extractPages_null_in_array.pdf': drawn,
  'file_url_link.pdf': text('path/to/local/file.pdf'),
  'helloworld-bad.pdf': text('Hello, world!'),
  'issue9105_other.pdf': text('Adobe tweet'),
  'multiple-filters-length-zero.pdf': text('pdf.js'),
  // Its content stream never ends: stopped after the page time limit, and the page says so.
  'operator_list_cycle.pdf': { kind: 'page-error' },
  'poppler-395-0-fuzzed.pdf': error('corrupt'),
  'poppler-67295-0.pdf': text('TestString123'),
  // The first page's content cannot be parsed (pdf.js in Node fails on its text too).
  'poppler-742-0-fuzzed.pdf': { kind: 'page-error' },
  'poppler-85140-0.pdf': drawn,
  'poppler-91414-0-53.pdf': text('foobar'),
  'poppler-937-0-fuzzed.pdf': { kind: 'page-error' },
  'recursiveCompositGlyf.pdf': text('hello world'),
  'scan-bad.pdf': text('pdf.js'),
  'secHandler.pdf': drawn,
  'smask_alpha_oob.pdf': drawn,
};

/** Hands the bytes to the viewer and waits until it has said something (never a blank pane). */
async function show(page: Page, bytes: Buffer, fileName: string): Promise<string> {
  await page.evaluate(
    ([base64, name]) => window.showPdf?.(base64!, name!),
    [bytes.toString('base64'), fileName],
  );
  const view = page.locator('.pdf-view');
  await expect
    .poll(() => view.getAttribute('data-pdf-state'), { timeout: 30_000 })
    .not.toBe('loading');
  return (await view.getAttribute('data-pdf-state')) ?? '';
}

/** Waits until the first page has been drawn or has failed; says which. */
async function firstPage(page: Page, name = ''): Promise<'drawn' | 'failed'> {
  const first = page.locator('.pdf-page[data-page="1"]');
  await expect
    .poll(
      async () =>
        (await first.getAttribute('data-rendered')) ??
        (await first.getAttribute('data-page-failed')),
      { timeout: 30_000, message: `first page of ${name}` },
    )
    .toBe('true');
  return (await first.getAttribute('data-rendered')) === 'true' ? 'drawn' : 'failed';
}

async function checkOutcome(page: Page, name: string, outcome: Outcome): Promise<void> {
  const state = await show(page, await readFile(join(corpus, name)), name);
  const view = page.locator('.pdf-view');
  switch (outcome.kind) {
    case 'text':
      expect(state, name).toBe('rendered');
      expect(await firstPage(page, name), name).toBe('drawn');
      await expect
        .poll(() => page.locator('.pdf-page[data-page="1"] .textLayer').textContent(), {
          timeout: 15_000,
        })
        .toContain(outcome.contains);
      break;
    case 'drawn':
      expect(`${state} ${await view.getAttribute('data-failure')}`, name).toBe('rendered null');
      expect(await firstPage(page, name), name).toBe('drawn');
      break;
    case 'page-error':
      expect(state, name).toBe('rendered');
      expect(await firstPage(page, name), name).toBe('failed');
      expect(await view.getByRole('alert').textContent()).toContain('无法显示');
      break;
    case 'error':
      expect(state, name).toBe('error');
      expect(await view.getAttribute('data-failure'), name).toBe(outcome.failure);
      expect((await view.getByRole('alert').textContent())?.length).toBeGreaterThan(5);
      break;
  }
}

/** Dark pixels in the first page's canvas, within the box given in CSS pixels. */
async function inkIn(page: Page, box: { x: number; y: number; width: number; height: number }) {
  return page
    .locator('.pdf-page[data-page="1"] canvas')
    .evaluate((canvas: HTMLCanvasElement, b) => {
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const context = canvas.getContext('2d')!;
      const data = context.getImageData(
        Math.round(b.x * ratio),
        Math.round(b.y * ratio),
        Math.round(b.width * ratio),
        Math.round(b.height * ratio),
      ).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 300) dark += 1;
      return dark;
    }, box);
}

/** Whether the element is wholly inside the thumbnail strip's visible part. */
async function inStripView(page: Page, selector: string): Promise<boolean> {
  return page.locator('.pdf-thumbnails').evaluate((strip, sel) => {
    const box = strip.querySelector(sel)!.getBoundingClientRect();
    const view = strip.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  }, selector);
}

/** Dark red pixels on page `number`'s canvas (a chart's bars, a scan's seal). */
async function redPixels(page: Page, number: number): Promise<number> {
  return page
    .locator(`.pdf-page[data-page="${number}"] canvas`)
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! > 120 && data[i + 1]! < 60 && data[i + 2]! < 60) count += 1;
      return count;
    });
}

describe('PDF viewer', () => {
  const openViewer = readerPagesPerBlock();

  async function closeClean(harness: Harness): Promise<void> {
    const { outsideRequests, pageProblems } = harness;
    await harness.close();
    expect(outsideRequests, 'requests that left the app').toEqual([]);
    expect(pageProblems, 'CSP or Trusted Types violations, page errors').toEqual([]);
  }

  it('shows every corpus PDF as expected: rendered with its text, or a clear error, never blank', async () => {
    const { harness } = await openViewer();
    try {
      for (const [name, outcome] of Object.entries(expected)) {
        await checkOutcome(harness.page, name, outcome);
        expect(harness.pageProblems, name).toEqual([]);
      }
      // Neither PDF nor image, and an empty file: told, never a blank pane.
      const docx = await readFile(join(corpus, '..', 'mammoth.js', 'tables.docx'));
      expect(await show(harness.page, docx, '申报书.pdf')).toBe('error');
      expect(await harness.page.locator('.pdf-view').getAttribute('data-failure')).toBe(
        'not-supported',
      );
      expect(await show(harness.page, Buffer.alloc(0), '空.pdf')).toBe('error');
      expect(await harness.page.getByRole('alert').textContent()).toContain('空');
      // A PDF cut in half: damaged (文件损坏) or drawn as far as it goes, never blank.
      const whole = await readFile(join(corpus, 'helloworld-bad.pdf'));
      const cut = await show(harness.page, whole.subarray(0, 200), '截断.pdf');
      if (cut === 'error')
        expect(await harness.page.getByRole('alert').textContent()).toContain('文件损坏');
      else expect(await firstPage(harness.page)).toBeTruthy();
    } finally {
      await closeClean(harness);
    }
  });

  for (const [size, viewport] of SIZES) {
    it(`shows the text of a PDF whose Chinese font is not embedded, at ${size}`, async () => {
      const { harness, served } = await openViewer(viewport);
      try {
        const { page } = harness;
        expect(await show(page, chinesePdf(), '华东精密机械-推荐表.pdf')).toBe('rendered');
        expect(await firstPage(page)).toBe('drawn');
        const layer = page.locator('.pdf-page[data-page="1"] .textLayer');
        for (const line of CHINESE_LINES)
          await expect.poll(() => layer.textContent()).toContain(line);
        // The CMap came from the app's own origin.
        expect(served).toContain('pdfjs/cmaps/UniGB-UCS2-H.bcmap');
        // Drawn, not only in the text layer: ink where the first Chinese line is.
        const line = layer.locator('span', { hasText: CHINESE_LINES[0] });
        const pageBox = (await page.locator('.pdf-page[data-page="1"]').boundingBox())!;
        const lineBox = (await line.boundingBox())!;
        expect(
          await inkIn(page, {
            x: lineBox.x - pageBox.x,
            y: lineBox.y - pageBox.y,
            width: lineBox.width,
            height: lineBox.height,
          }),
        ).toBeGreaterThan(50);
        // Selectable: a drag across the line selects its text.
        await page.mouse.move(lineBox.x + 2, lineBox.y + lineBox.height / 2);
        await page.mouse.down();
        await page.mouse.move(lineBox.x + lineBox.width - 2, lineBox.y + lineBox.height / 2, {
          steps: 5,
        });
        await page.mouse.up();
        expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain(
          '质量标杆',
        );
        await saveScreenshot(page, `${size}-reader-pdf`);
      } finally {
        await closeClean(harness);
      }
    });
  }

  it("decodes a JPEG 2000 picture with pdf.js's JavaScript decoder, fetched from the app", async () => {
    const { harness, served } = await openViewer();
    try {
      const { page } = harness;
      const jp2 = await readFile(
        fileURLToPath(new URL('./reader-fixture/chart.jp2', import.meta.url)),
      );
      expect(await show(page, jpxPdf(jp2), '扫描件.pdf')).toBe('rendered');
      expect(await firstPage(page)).toBe('drawn');
      // The chart's dark red bars are on the canvas: the picture was decoded, not skipped.
      const red = await page
        .locator('.pdf-page[data-page="1"] canvas')
        .evaluate((canvas: HTMLCanvasElement) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let count = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i]! > 120 && data[i + 1]! < 60 && data[i + 2]! < 60) count += 1;
          return count;
        });
      expect(red).toBeGreaterThan(1000);
      expect(served).toContain('pdfjs/wasm/openjpeg_nowasm_fallback.js');
    } finally {
      await closeClean(harness);
    }
  });

  it('draws a 200-page PDF on demand, and zooms in, out and to the width', async () => {
    const { harness } = await openViewer();
    try {
      const { page } = harness;
      expect(await show(page, manyPagesPdf(200), '二百页.pdf')).toBe('rendered');
      const scroll = page.locator('.pdf-scroll');
      expect(await scroll.getAttribute('data-pages')).toBe('200');
      expect(await page.locator('.pdf-page').count()).toBe(200);
      expect(await firstPage(page)).toBe('drawn');
      // Thumbnails: one per page, drawn only near the sidebar's viewport; a click opens the page.
      expect(await page.locator('.pdf-thumbnail').count()).toBe(200);
      await expect
        .poll(() => page.locator('.pdf-thumbnail[data-drawn="true"]').count())
        .toBeGreaterThan(2);
      expect(await page.locator('.pdf-thumbnail canvas').count()).toBeLessThan(30);
      await page.getByRole('button', { name: '第 3 页' }).click();
      const third = page.locator('.pdf-page[data-page="3"]');
      await expect
        .poll(async () => {
          const [box, pane] = [await third.boundingBox(), await scroll.boundingBox()];
          return Math.abs(box!.y - pane!.y) < 24;
        })
        .toBe(true);
      await expect.poll(() => third.getAttribute('data-rendered')).toBe('true');
      // The page the reader is on is marked in the strip.
      await expect
        .poll(() =>
          page.locator('.pdf-thumbnail[aria-current="page"]').getAttribute('data-thumbnail'),
        )
        .toBe('3');
      await saveScreenshot(page, '1366x768-reader-pdf-thumbnails');
      const rendered = () => page.locator('.pdf-page[data-rendered="true"]').count();
      const canvases = () => page.locator('.pdf-page canvas').count();
      expect(await canvases()).toBeLessThanOrEqual(6);
      // To the end: the last page drawn with its text, the first let go.
      await scroll.evaluate((element) => (element.scrollTop = element.scrollHeight));
      const last = page.locator('.pdf-page[data-page="200"]');
      await expect.poll(() => last.getAttribute('data-rendered'), { timeout: 15_000 }).toBe('true');
      await expect
        .poll(() => last.locator('.textLayer').textContent())
        .toContain('Page 200 of 200');
      expect(await page.locator('.pdf-page[data-page="1"] canvas').count()).toBe(0);
      // The strip followed the reader to the end: the last thumbnail marked and in its view.
      await expect
        .poll(() =>
          page.locator('.pdf-thumbnail[aria-current="page"]').getAttribute('data-thumbnail'),
        )
        .toBe('200');
      await expect.poll(() => inStripView(page, '.pdf-thumbnail[data-thumbnail="200"]')).toBe(true);
      expect(await canvases()).toBeLessThanOrEqual(6);
      expect(await rendered()).toBeLessThanOrEqual(6);
      // The last page's top in view (the pane scrolled, not the page around it).
      await scroll.evaluate((pane) => {
        const target = pane.querySelector('[data-page="200"]')!;
        pane.scrollTop +=
          target.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
      });
      await expect.poll(() => last.getAttribute('data-rendered')).toBe('true');
      await saveScreenshot(page, '1366x768-reader-pdf-end');

      // Zoom: fit width first; out, in, and back to the width.
      const level = page.getByRole('toolbar').locator('output');
      const fitted = await scroll.getAttribute('data-scale');
      await page.getByRole('button', { name: '缩小' }).click();
      await expect.poll(() => scroll.getAttribute('data-scale')).not.toBe(fitted);
      const smaller = Number(await scroll.getAttribute('data-scale'));
      expect(smaller).toBeLessThan(Number(fitted));
      await page.getByRole('button', { name: '放大' }).click();
      await page.getByRole('button', { name: '放大' }).click();
      await expect
        .poll(async () => Number(await scroll.getAttribute('data-scale')))
        .toBeGreaterThan(Number(fitted));
      expect(await level.textContent()).toMatch(/^\d+%$/);
      const lastWidth = (await last.boundingBox())!.width;
      expect(lastWidth).toBeCloseTo(
        595 * (96 / 72) * Number(await scroll.getAttribute('data-scale')),
        -1,
      );
      await page.getByRole('button', { name: '适合宽度' }).click();
      await expect.poll(() => scroll.getAttribute('data-scale')).toBe(fitted);
      const paneWidth = await scroll.evaluate((element) => element.clientWidth);
      expect((await last.boundingBox())!.width).toBeLessThanOrEqual(paneWidth);
    } finally {
      await closeClean(harness);
    }
  });

  for (const [size, viewport] of SIZES) {
    it(`marks the page in view in the thumbnails and keeps it in the strip's view, at ${size}`, async () => {
      const { harness } = await openViewer(viewport);
      try {
        const { page } = harness;
        expect(await show(page, manyPagesPdf(200), '二百页.pdf')).toBe('rendered');
        expect(await firstPage(page)).toBe('drawn');
        const current = page.locator('.pdf-thumbnail[aria-current="page"]');
        expect(await current.getAttribute('data-thumbnail')).toBe('1');
        // Scrolled in the pane (not through the strip): page 57's top near the pane's top.
        await page.locator('.pdf-scroll').evaluate((pane) => {
          const target = pane.querySelector('[data-page="57"]')!;
          pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        });
        await expect.poll(() => current.getAttribute('data-thumbnail')).toBe('57');
        expect(await current.count()).toBe(1);
        await expect
          .poll(() => inStripView(page, '.pdf-thumbnail[data-thumbnail="57"]'))
          .toBe(true);
        await expect
          .poll(() => page.locator('.pdf-page[data-page="57"]').getAttribute('data-rendered'))
          .toBe('true');
        await expect
          .poll(() =>
            page.locator('.pdf-thumbnail[data-thumbnail="57"]').getAttribute('data-drawn'),
          )
          .toBe('true');
        await saveScreenshot(page, `${size}-reader-pdf-current-page`);
      } finally {
        await closeClean(harness);
      }
    });

    it(`opens a two-page TIFF scan in the same viewer, each page decoded as it comes near, at ${size}`, async () => {
      const { harness } = await openViewer(viewport);
      try {
        const { page } = harness;
        expect(await show(page, twoPageScan(), '承诺书.tif')).toBe('rendered');
        const scroll = page.locator('.pdf-scroll');
        expect(await scroll.getAttribute('data-pages')).toBe('2');
        expect(await page.getByRole('toolbar').textContent()).toContain('共 2 页');
        // Page 1: the seal's dark red is on the canvas (decoded, not only laid out).
        expect(await firstPage(page)).toBe('drawn');
        expect(await redPixels(page, 1)).toBeGreaterThan(1000);
        // Fit width: the widest page fills the pane less its gutter, up to the largest zoom (4×).
        const paneWidth = await scroll.evaluate((element) => element.clientWidth);
        const firstBox = (await page.locator('.pdf-page[data-page="1"]').boundingBox())!;
        expect(firstBox.width).toBeLessThanOrEqual(paneWidth);
        expect(firstBox.width).toBeGreaterThan(Math.min(paneWidth - 40, 300 * 4 - 1));
        // Page 2 (deflated): drawn once scrolled to.
        await scroll.evaluate((element) => (element.scrollTop = element.scrollHeight));
        const second = page.locator('.pdf-page[data-page="2"]');
        await expect.poll(() => second.getAttribute('data-rendered')).toBe('true');
        const blue = await second.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
          const [r, g, b] = canvas.getContext('2d')!.getImageData(10, 10, 1, 1).data;
          return [r, g, b];
        });
        expect(blue).toEqual([20, 60, 160]);
        await scroll.evaluate((element) => (element.scrollTop = 0));
        await saveScreenshot(page, `${size}-reader-pdf-tiff`);
        // Zoom applies to the scan too.
        const before = firstBox.width;
        await page.getByRole('button', { name: '缩小' }).click();
        await expect
          .poll(async () => (await page.locator('.pdf-page[data-page="1"]').boundingBox())!.width)
          .toBeLessThan(before);

        // A TIFF whose directories are damaged: a clear error in the viewer, never blank.
        const damaged = Buffer.from(twoPageScan());
        damaged.writeUInt32LE(damaged.length + 64, 4);
        expect(await show(page, damaged, '坏扫描件.tiff')).toBe('error');
        expect(await page.locator('.pdf-view').getAttribute('data-failure')).toBe('image');
        expect(await page.getByRole('alert').textContent()).toContain('图片已损坏');
        // Closing the material ends its TIFF worker: none outlives what it decoded.
        expect(await show(page, twoPageScan(), '承诺书.tif')).toBe('rendered');
        expect(page.workers().length).toBeGreaterThan(0);
        await page.evaluate(() => window.closeReader?.());
        await expect.poll(() => page.workers().length).toBe(0);
      } finally {
        await closeClean(harness);
      }
    });
  }

  it('opens PNG and JPG materials in the same viewer, and revokes their blob: URL on close', async () => {
    const { harness } = await openViewer(VIEWPORTS['1093x615']);
    try {
      const { page } = harness;
      expect(await show(page, chartPng(), '推荐表.png')).toBe('rendered');
      const image = page.locator('img.pdf-image');
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
      const pngUrl = (await image.getAttribute('src'))!;
      expect(pngUrl).toMatch(/^blob:/);

      // A JPEG drawn by the page's own canvas: a scanned letter of commitment.
      const jpeg = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        canvas.width = 600;
        canvas.height = 800;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#fdfdf8';
        context.fillRect(0, 0, 600, 800);
        context.fillStyle = '#222';
        context.font = '32px sans-serif';
        context.fillText('承诺书', 250, 80);
        for (let y = 140; y < 700; y += 40) context.fillRect(60, y, 480, 3);
        return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
      });
      expect(await show(page, Buffer.from(jpeg, 'base64'), '承诺书.jpg')).toBe('rendered');
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
      const jpegUrl = (await image.getAttribute('src'))!;
      await saveScreenshot(page, '1093x615-reader-pdf-image');
      // Zoom applies to images too.
      const before = (await image.boundingBox())!.width;
      await page.getByRole('button', { name: '放大' }).click();
      await expect.poll(async () => (await image.boundingBox())!.width).toBeGreaterThan(before);

      await page.evaluate(() => window.closeReader?.());
      // Both URLs revoked: an image can no longer load from them.
      for (const url of [pngUrl, jpegUrl]) {
        const loads = await page.evaluate(
          (src) =>
            new Promise<boolean>((resolve) => {
              const probe = new Image();
              probe.onload = () => resolve(true);
              probe.onerror = () => resolve(false);
              probe.src = src;
            }),
          url,
        );
        expect(loads, url).toBe(false);
      }
      // A PNG cut short: the image says it cannot be shown.
      expect(await show(page, chartPng().subarray(0, 40), '坏图.png')).toBe('error');
      expect(await page.getByRole('alert').textContent()).toContain('图片已损坏');
      // The console's "failed to load" of that image is the browser's report, not a violation.
      harness.pageProblems.splice(
        0,
        harness.pageProblems.length,
        ...harness.pageProblems.filter((p) => !/Failed to load resource|blob:/.test(p)),
      );
    } finally {
      await closeClean(harness);
    }
  });
});
