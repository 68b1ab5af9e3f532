/**
 * The Word viewer in Debian's Chromium under the production CSP (Trusted Types included): every
 * Word file of the corpus gives its expected outcome in the viewer, a generated Chinese
 * application material renders with its outline, notes, table, list and embedded image, and
 * nothing leaves the app. The viewer is mounted by the reader fixture's page
 * (test/e2e/reader-fixture/, built by Vite into a temporary folder and served under the app's
 * origin with the same CSP): the production renderer ships nothing of it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from '../harness/transport';
import { chineseDocx, THREE_HUNDRED_PAGES } from './reader-fixture/chinese-docx';
import { readerPagesPerBlock } from './reader-fixture/reader-pages';
import { saveScreenshot, SIZES } from './screenshots';

const corpus = join(process.cwd(), '..', 'shared', 'corpus');

type Outcome =
  | { readonly kind: 'text'; readonly contains: string }
  | { readonly kind: 'image' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'legacy' }
  | { readonly kind: 'error'; readonly failure: string };

const text = (contains: string): Outcome => ({ kind: 'text', contains });
const error = (failure: string): Outcome => ({ kind: 'error', failure });
const empty: Outcome = { kind: 'empty' };

/** Every Word file of the corpus (and the two ZIPs beside them), with what the reader shows. */
const expected: Record<string, Outcome> = {
  'mammoth.js/comments.docx': text('Ouch.'),
  'mammoth.js/embedded-style-map.docx': text('Walking on imported air'),
  'mammoth.js/empty.docx': empty,
  'mammoth.js/empty.zip': error('not-a-word-document'),
  'mammoth.js/endnotes.docx': text('A tachyon walks into a bar'),
  'mammoth.js/external-picture.docx': empty,
  'mammoth.js/footnote-hyperlink.docx': text('Example'),
  'mammoth.js/footnotes.docx': text('A tachyon walks into a bar'),
  'mammoth.js/hello.zip': error('not-a-word-document'),
  'mammoth.js/simple-list.docx': text('Banana'),
  'mammoth.js/single-paragraph.docx': text('Walking on imported air'),
  'mammoth.js/strict-format.docx': text('Test'),
  'mammoth.js/strikethrough.docx': text('Salmon'),
  'mammoth.js/tables.docx': text('Top left'),
  'mammoth.js/text-box.docx': text('Datum plane'),
  'mammoth.js/tiny-picture-target-base-relative.docx': { kind: 'image' },
  'mammoth.js/tiny-picture.docx': { kind: 'image' },
  'mammoth.js/underline.docx': text('The Sunset Tree'),
  'mammoth.js/utf8-bom.docx': text('byte order mark'),
  'apache-poi/51921-Word-Crash067.docx': empty,
  'apache-poi/55733.docx': text('TEST'),
  'apache-poi/Bug60341.docx': empty,
  'apache-poi/ContentTypeHasEntities.ooxml': text('BOOOOOM'),
  'apache-poi/CorePropertiesHasEntities.ooxml': text('BOOOOOM'),
  'apache-poi/ExternalEntityInText.docx': error('malformed-xml'),
  'apache-poi/FieldCodes.docx': text('ANTONI'),
  'apache-poi/PackageRelsHasEntities.ooxml': text('BOOOOOM'),
  'apache-poi/SimpleMacro.docm': text('macro'),
  'apache-poi/WordWithAttachments.docx': text('Русский вариант'),
  'apache-poi/bib-chernigovka.netdo.ru_download_docs_17459.docx': text('Календарь'),
  'apache-poi/bug53475-password-is-pass.docx': error('encrypted'),
  'apache-poi/bug53475-password-is-solrcell.docx': error('encrypted'),
  'apache-poi/clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx': error('corrupt'),
  'apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx': error('corrupt'),
  'apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx':
    error('too-large'),
  'apache-poi/crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx': error('corrupt'),
  'apache-poi/protected_sample.docx': text('Un due tre prova'),
  'apache-poi/truncated62886.docx': error('corrupt'),
  'apache-poi/unicode-path.docx': text('2'),
  'apache-poi/zero-length.docx': empty,
};

/** Hands the bytes to the viewer and waits until it has said something (never a blank pane). */
async function show(page: Page, bytes: Buffer, fileName: string): Promise<string> {
  await page.evaluate(
    ([base64, name]) => window.showWord?.(base64!, name!),
    [bytes.toString('base64'), fileName],
  );
  const view = page.locator('.word-view');
  await expect
    .poll(() => view.getAttribute('data-word-state'), { timeout: 30_000 })
    .not.toBe('converting');
  return (await view.getAttribute('data-word-state')) ?? '';
}

async function pageText(page: Page): Promise<string> {
  return (await page.locator('.word-page').textContent()) ?? '';
}

async function checkOutcome(page: Page, path: string, outcome: Outcome): Promise<void> {
  const state = await show(page, await readFile(join(corpus, path)), path.split('/')[1]!);
  const view = page.locator('.word-view');
  switch (outcome.kind) {
    case 'text':
      expect(state, path).toBe('rendered');
      await expect.poll(() => pageText(page)).toContain(outcome.contains);
      break;
    case 'image': {
      expect(state, path).toBe('rendered');
      const image = page.locator('.word-page img[src^="blob:"]').first();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      break;
    }
    case 'empty':
      expect(state, path).toBe('rendered');
      expect(await view.getByRole('status').last().textContent()).toContain('没有可显示的文字');
      break;
    case 'legacy':
      expect(state, path).toBe('legacy');
      expect(await view.textContent()).toContain('旧版 Word 文档（.doc）');
      break;
    case 'error':
      expect(state, path).toBe('error');
      expect(await view.getAttribute('data-failure')).toBe(outcome.failure);
      expect((await view.getByRole('alert').textContent())?.length).toBeGreaterThan(5);
      break;
  }
}

describe('Word viewer', () => {
  const openPage = readerPagesPerBlock();
  const openViewer = async (viewport?: { width: number; height: number }): Promise<Harness> =>
    (await openPage(viewport)).harness;

  async function closeClean(harness: Harness): Promise<void> {
    const { outsideRequests, pageProblems } = harness;
    await harness.close();
    expect(outsideRequests, 'requests that left the app').toEqual([]);
    expect(pageProblems, 'CSP or Trusted Types violations, page errors').toEqual([]);
  }

  it('shows every corpus Word file as expected: rendered, or a clear error, never blank', async () => {
    const harness = await openViewer();
    try {
      for (const [path, outcome] of Object.entries(expected)) {
        await checkOutcome(harness.page, path, outcome);
        expect(harness.pageProblems, path).toEqual([]);
      }
      // Legacy .doc files, the two Word wrote into WordWithAttachments.docx: their text.
      const docx = await readFile(join(corpus, 'apache-poi/WordWithAttachments.docx'));
      const parts = unzipSync(docx, { filter: (file) => file.name.endsWith('.doc') });
      const docs = Object.keys(parts).sort();
      expect(docs).toHaveLength(2);
      for (const [name, contains] of [
        [docs[0]!, 'Second document'],
        [docs[1]!, 'Следующий'],
      ] as const) {
        expect(await show(harness.page, Buffer.from(parts[name]!), 'embedded.doc')).toBe('legacy');
        const view = harness.page.locator('.word-view');
        expect(await view.getByRole('status').textContent()).toContain('旧版 Word 文档（.doc）');
        await expect.poll(() => pageText(harness.page)).toContain(contains);
      }
      // An OLE2 file that is no Word 97 document, under a .doc name: a clear error.
      const ole2 = await readFile(join(corpus, 'apache-poi/bug53475-password-is-pass.docx'));
      expect(await show(harness.page, ole2, '申报书.doc')).toBe('error');
      expect(await harness.page.getByRole('alert').textContent()).toContain(
        '旧版 Word 文档（.doc）',
      );
      // A .docx under a .doc name is read as what it is.
      const misnamed = await readFile(join(corpus, 'mammoth.js/tables.docx'));
      expect(await show(harness.page, misnamed, '表格.doc')).toBe('rendered');
    } finally {
      await closeClean(harness);
    }
  });

  it('tells the conversion warnings and neutralises external links and images', async () => {
    const harness = await openViewer();
    try {
      const { page } = harness;
      await checkOutcome(page, 'apache-poi/WordWithAttachments.docx', text('Русский'));
      const notes = await page.locator('.word-notices').textContent();
      expect(notes).toContain('3 个外部链接已停用');
      expect(notes).toContain('无法在阅读器中显示');
      const hrefs = await page
        .locator('.word-page a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^#qbr-word-/);
      const sources = await page
        .locator('.word-page img[src]')
        .evaluateAll((images) => images.map((image) => image.getAttribute('src')));
      for (const src of sources) expect(src).toMatch(/^blob:/);

      await checkOutcome(page, 'mammoth.js/external-picture.docx', empty);
      expect(await page.locator('.word-notices').textContent()).toContain('外部链接的图片未加载');
    } finally {
      await closeClean(harness);
    }
  });

  for (const [size, viewport] of SIZES) {
    it(`renders a Chinese application material at ${size}: outline, notes, table, image`, async () => {
      const harness = await openViewer(viewport);
      try {
        const { page } = harness;
        const bytes = await chineseDocx(12, 10);
        expect(await show(page, bytes, '华东精密机械-申报书.docx')).toBe('rendered');
        await expect.poll(() => pageText(page)).toContain('全国质量标杆申报材料');
        expect(await page.locator('.word-page table td').first().textContent()).toBe('指标');
        expect(await page.locator('.word-page ul li').count()).toBeGreaterThan(0);
        const image = page.locator('.word-page img[src^="blob:"]');
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
          .toBe(240);
        // Decoded, not only sized: the bytes made it whole through the worker and the blob: URL.
        expect(await image.evaluate((img: HTMLImageElement) => img.decode().then(() => true))).toBe(
          true,
        );
        expect(await page.locator('.word-notices').textContent()).toContain('1 个外部链接已停用');
        const outline = page.getByRole('navigation', { name: '目录' });
        expect(await outline.getByRole('button').first().textContent()).toBe(
          '全国质量标杆申报材料',
        );
        await saveScreenshot(page, `${size}-reader-word`);

        // The outline scrolls to a heading far down; the window's location never changes.
        const url = page.url();
        await outline.getByRole('button', { name: '十二、质量管理经验之十二' }).click();
        const heading = page.locator('.word-page h1', { hasText: '十二、质量管理经验之十二' });
        await expect.poll(() => heading.evaluate(isInView)).toBe(true);
        // The outline marks where the reader is.
        await expect
          .poll(() => outline.locator('[aria-current="location"]').textContent())
          .toBe('十二、质量管理经验之十二');
        await saveScreenshot(page, `${size}-reader-word-outline`);

        // A footnote reference goes to its note, inside the document, and back.
        await outline.getByRole('button', { name: '全国质量标杆申报材料' }).click();
        await page.locator('.word-page sup a').first().click();
        const note = page.locator('.word-page li[id^="qbr-word-footnote-"]');
        await expect.poll(() => note.evaluate(isInView)).toBe(true);
        expect(await note.textContent()).toContain('申报单位全称以营业执照为准');
        // The disabled external link goes nowhere.
        await outline.getByRole('button', { name: '全国质量标杆申报材料' }).click();
        await page.locator('.word-page a.word-link-off').click();
        expect(page.url()).toBe(url);
        expect(harness.page.context().pages()).toHaveLength(1);
      } finally {
        await closeClean(harness);
      }
    });
  }

  it('shows a Chinese legacy .doc as its text, with the note that its layout is lost', async () => {
    const harness = await openViewer();
    try {
      const { page } = harness;
      const doc = await readFile(
        join(process.cwd(), 'test/renderer/features/reader/word/fixtures/chinese-material.doc'),
      );
      expect(await show(page, doc, '华东精密机械-申报书.doc')).toBe('legacy');
      await expect.poll(() => pageText(page)).toContain('申报单位：华东精密机械股份有限公司');
      expect(await pageText(page)).toContain('一次交验合格率');
      expect(await page.getByRole('status').textContent()).toContain('原有版式');
      await saveScreenshot(page, '1366x768-reader-word-legacy-doc');
    } finally {
      await closeClean(harness);
    }
  });

  it('marks a passage asked for in a legacy .doc (the search hit path), scrolled into view', async () => {
    const harness = await openViewer();
    try {
      const { page } = harness;
      const doc = await readFile(
        join(process.cwd(), 'test/renderer/features/reader/word/fixtures/chinese-material.doc'),
      );
      await page.evaluate(
        ([base64]) => {
          const bytes = Uint8Array.from(atob(base64!), (char) => char.charCodeAt(0));
          window.showBytes?.('word', bytes, '华东精密机械-申报书.doc', 'doc-1');
        },
        [doc.toString('base64')],
      );
      await page.locator('.word-view[data-word-state="legacy"]').waitFor({ timeout: 30_000 });
      const passage = '一次交验合格率';
      await page.evaluate((exact) => window.askPassage?.('doc-1', exact), passage);
      await expect.poll(() => page.evaluate(() => window.passageOutcome?.())).toBe('shown');
      const marked = () =>
        page.evaluate(() => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          return [...(registry.get('qbr-target') ?? [])].map((range) => {
            const box = range.getBoundingClientRect();
            const pane = document.querySelector('.word-scroll')!.getBoundingClientRect();
            return {
              text: range.toString(),
              inView: box.top >= pane.top && box.bottom <= pane.bottom,
            };
          });
        });
      await expect.poll(marked).toEqual([{ text: passage, inView: true }]);
      // A passage the .doc does not hold: said, and nothing marked.
      await page.evaluate(() => window.askPassage?.('doc-1', '这段文字不在材料中'));
      await expect.poll(() => page.evaluate(() => window.passageOutcome?.())).toBe('not-found');
      expect(await marked()).toEqual([]);
      await page.evaluate((exact) => window.askPassage?.('doc-1', exact), passage);
      await expect.poll(marked).toEqual([{ text: passage, inView: true }]);
      await saveScreenshot(page, '1366x768-reader-word-legacy-doc-target');
    } finally {
      await closeClean(harness);
    }
  });

  it('shows a 300-page Chinese document progressively, every chunk in the end', async () => {
    const harness = await openViewer();
    try {
      const { page } = harness;
      const { sections, paragraphsPerSection } = THREE_HUNDRED_PAGES;
      const bytes = await chineseDocx(sections, paragraphsPerSection);
      expect(await show(page, bytes, '三百页.docx')).toBe('rendered');
      const scroll = page.locator('.word-scroll');
      const total = Number(await scroll.getAttribute('data-chunks'));
      expect(total).toBeGreaterThan(5);
      await expect
        .poll(async () => Number(await scroll.getAttribute('data-chunks-shown')), {
          timeout: 30_000,
        })
        .toBe(total);
      expect(await page.locator('.word-page h1').count()).toBe(31);
      expect((await pageText(page)).length).toBeGreaterThan(500_000);
    } finally {
      await closeClean(harness);
    }
  });
});

function isInView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.top < window.innerHeight;
}
