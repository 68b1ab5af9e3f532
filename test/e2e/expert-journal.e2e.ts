/**
 * The journal in the app (issue 9, points 4, 8 and 9) in Chromium under the production CSP with
 * the real core services: the office seals a round; the expert unlocks the identity kept on this
 * laptop and opens the package.
 *
 * Through the page's api: an annotation on a material's passage is appended and answered only
 * once written; the page is reloaded (the renderer forgets everything) and the package closed and
 * opened again (main closes and reopens the journal from disk), and the annotation is found
 * again, by the same quote and note. Locking the identity closes the journal.
 *
 * On the reading screen (阅读材料), at 1366×768 and 1093×615: a passage near the end of a long
 * Word material and one on the second page of a PDF are selected and annotated; the page is
 * reloaded; both are found again by their quotes and marked in the text (CSS.highlights), an
 * annotation whose text is gone is listed as not found, and 转到原文 brings a passage into view
 * and marks it, in Word and in PDF, across materials (the path a search hit takes).
 *
 * Every folder the app and Chromium wrote is scanned for the materials' marker, which the notes
 * and quotes hold (officeHarnessPerTest): the journal is encrypted.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import type { JournalStatus } from '../../shared/journal';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import {
  EVIDENCE_PDF,
  EXPERT_PASSPHRASE,
  PDF_PASSAGE,
  WORD_PASSAGE,
  sealForExpert,
} from './expert-desk-fixture';
import type { SealedForExpert } from './expert-desk-fixture';
import { MATERIAL_MARKER, fixtureApplications, officeHarnessPerTest } from './office-fixture';
import { answered, openPackageThroughApi } from './page-api';
import { saveScreenshot, screenshotsAt, SIZES, VIEWPORTS } from './screenshots';

/** The value of a call made through the page's api, or a failure naming main's refusal. */

// Each call below runs in the page, against the page's own api, as a screen's action makes it.
type Window = { qbr: Api };

const journalStatus = (page: Page) =>
  answered<JournalStatus>(
    page.evaluate(() => (window as unknown as Window).qbr.journal.status({})),
  );

describe('the expert journal', () => {
  const chooser = preparedPackageChooser();
  const session = officeHarnessPerTest(VIEWPORTS['1366x768'], { packageChooser: chooser });

  it('keeps an annotation appended through the api across a reload and a reopened package', async () => {
    const { harness, fixture } = session;
    const { page } = harness;
    const sealed = await sealForExpert(fixture);
    chooser.choice.packageFile = sealed.packageFile;
    const unlock = () =>
      answered(
        page.evaluate((request) => (window as unknown as Window).qbr.identity.unlock(request), {
          fingerprint: sealed.expert.card.fingerprint,
          passphrase: EXPERT_PASSPHRASE,
        }),
      );
    await unlock();
    await answered(
      page.evaluate(
        (officeFingerprint) => (window as unknown as Window).qbr.desk.open({ officeFingerprint }),
        sealed.office.card.fingerprint,
      ),
    );
    const view = await answered<{ applications: { id: string; materials: { id: string }[] }[] }>(
      page.evaluate(() => (window as unknown as Window).qbr.desk.view({})),
    );
    const application = view.applications[1]!;
    const material = application.materials[0]!;

    const opened = await journalStatus(page);
    expect(opened).toMatchObject({ open: true, records: [], tornTail: null });
    if (!opened.open) throw new Error('no journal');
    const quote = `${fixtureApplications[1].title}：${MATERIAL_MARKER}`;
    const entry = {
      kind: 'annotation' as const,
      annotationId: 'note-1',
      applicationId: application.id,
      target: {
        source: material.id,
        selector: [
          { type: 'TextQuoteSelector' as const, exact: quote, suffix: '' },
          { type: 'TextPositionSelector' as const, start: 0, end: quote.length },
        ],
      },
      body: { type: 'TextualBody' as const, value: `此处论证充分。${MATERIAL_MARKER}` },
    };
    const appended = await answered<{ record: { recordNumber: number } }>(
      page.evaluate((request) => (window as unknown as Window).qbr.journal.append(request), {
        journal: { caseId: opened.caseId, owner: opened.owner },
        entry,
      }),
    );
    expect(appended.record.recordNumber).toBe(1);
    // The journal is in the app's data directory, by case id and public fingerprint only.
    expect(await readdir(join(fixture.appDataDir, 'journals'))).toEqual([
      `${opened.caseId}.${opened.owner.replaceAll('-', '')}.qbjournal`,
    ]);
    expect(await session.scanWritten()).toEqual([]);

    // The renderer forgets everything; main's journal answers.
    await page.reload();
    expect(await journalStatus(page)).toMatchObject({ open: true, records: [entry] });

    // The package closed (the journal with it) and opened again: read back from disk.
    await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.close({})));
    expect(await journalStatus(page)).toMatchObject({ open: false, reason: 'no-package' });
    await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.open({})));
    expect(await journalStatus(page)).toMatchObject({
      open: true,
      lastRecordNumber: 1,
      records: [entry],
    });

    // Locked: the journal closes; unlocked again, it opens with the annotation.
    await answered(page.evaluate(() => (window as unknown as Window).qbr.identity.lock({})));
    expect(await journalStatus(page)).toMatchObject({ open: false, reason: 'no-identity' });
    await unlock();
    expect(await journalStatus(page)).toMatchObject({ open: true, records: [entry] });
  });
});

type DeskView = {
  applications: { id: string; materials: { id: string; name: string }[] }[];
};

/** Unlocks the expert's identity and opens the package, through the page's api. */
async function openThroughApi(page: Page, sealed: SealedForExpert): Promise<DeskView> {
  await openPackageThroughApi(page, {
    fingerprint: sealed.expert.card.fingerprint,
    passphrase: EXPERT_PASSPHRASE,
    officeFingerprint: sealed.office.card.fingerprint,
  });
  // The round's undertaking, signed before any material is read (main refuses one before it).
  const context = await answered<{ undertaking: { sha256: string } }>(
    page.evaluate(() => (window as unknown as Window).qbr.review.context({})),
  );
  await answered(
    page.evaluate(
      (textSha256) => (window as unknown as Window).qbr.review.signUndertaking({ textSha256 }),
      context.undertaking.sha256,
    ),
  );
  return answered<DeskView>(page.evaluate(() => (window as unknown as Window).qbr.desk.view({})));
}

/** The text of each range a highlight holds (CSS Custom Highlight API), in order. */
function highlighted(page: Page, name: 'qbr-annotation' | 'qbr-target'): Promise<string[]> {
  return page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(wanted) ?? [])].map((range) => range.toString());
  }, name);
}

/** Waits until a highlight holds exactly `texts` (in any order). */
async function waitForHighlight(
  page: Page,
  name: 'qbr-annotation' | 'qbr-target',
  texts: string[],
) {
  const wanted = [...texts].sort();
  await page.waitForFunction(
    ({ name, wanted }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const found = [...(registry.get(name) ?? [])].map((range) => range.toString()).sort();
      return JSON.stringify(found) === JSON.stringify(wanted);
    },
    { name, wanted },
    { timeout: 30_000 },
  );
}

/** Whether the target's marked range stands inside the visible part of its scrolling pane. */
function targetInView(page: Page, pane: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const [range] = [...(registry.get('qbr-target') ?? [])];
    const scroller = document.querySelector(selector);
    if (!range || !scroller) return false;
    const r = range.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return r.height > 0 && r.top >= s.top && r.bottom <= s.bottom;
  }, pane);
}

/** Selects `wanted` in the first text node under `root` that holds it, as a mouse would. */
async function select(page: Page, root: string, wanted: string): Promise<void> {
  const done = await page.evaluate(
    ({ root, wanted }) => {
      const element = document.querySelector(root);
      if (!element) return false;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return true;
      }
      return false;
    },
    { root, wanted },
  );
  expect(done, `"${wanted}" in ${root}`).toBe(true);
}

const LOST_QUOTE = '这段文字已从申报材料中删去';

for (const [size, viewport] of SIZES) {
  describe(`reading and annotating at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });
    const shot = screenshotsAt(size, 'unchecked');

    it('annotates Word and PDF, finds both again after a reload, lists one whose text is gone, and shows passages asked for', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      chooser.choice.packageFile = sealed.packageFile;
      const view = await openThroughApi(page, sealed);
      const application = view.applications[1]!;
      const wordMaterial = application.materials[0]!;
      const docx = `${fixtureApplications[1].name}申报材料.docx`;

      const reader = page.getByTestId('reading-material');
      const side = page.getByTestId('reading-side');
      const toReadingScreen = async () => {
        await page.getByRole('radio', { name: '评审专家' }).click();
        await page.getByRole('navigation').getByRole('button', { name: '阅读材料' }).click();
        await page.getByRole('heading', { level: 2, name: '阅读材料' }).waitFor();
        // On a narrow window the list starts folded: unfold it.
        if (viewport.width < 1200) {
          await page.getByRole('button', { name: '申报与材料 ›' }).click();
        }
      };
      const readWord = async () => {
        await page
          .getByTestId('reading-nav')
          .getByRole('button', { name: `申报材料 ${docx}` })
          .click();
        await reader.locator('.word-view[data-word-state="rendered"]').waitFor({ timeout: 30_000 });
        // Every chunk in: the annotations are looked for in the whole text.
        await page.waitForFunction(() => {
          const scroll = document.querySelector('.word-scroll');
          return scroll?.getAttribute('data-chunks-shown') === scroll?.getAttribute('data-chunks');
        });
      };
      const readPdf = async () => {
        await page
          .getByTestId('reading-nav')
          .getByRole('button', { name: `其他证明材料 ${EVIDENCE_PDF}` })
          .click();
        await reader
          .locator('.pdf-page[data-page="2"][data-has-text="true"]')
          .waitFor({ timeout: 30_000 });
      };
      const annotate = async (root: string, passage: string) => {
        await select(page, root, passage);
        await page.getByRole('button', { name: '为所选文字添加批注' }).click();
        const item = side.locator('li.annotation').filter({ hasText: passage });
        await item.waitFor({ timeout: 30_000 });
        // Its note takes the focus: typed at once, saved within a second.
        await page.keyboard.type('论证充分，数据可信。');
        await item.getByText('已保存').waitFor({ timeout: 30_000 });
        expect(await item.locator('textarea').inputValue()).toBe('论证充分，数据可信。');
        return item;
      };

      await toReadingScreen();
      await readWord();
      // The Word passage, far down the long document (its last chunk), annotated and marked.
      expect(
        Number(await reader.locator('.word-scroll').getAttribute('data-chunks')),
      ).toBeGreaterThan(2);
      await annotate('.word-page', WORD_PASSAGE);
      await waitForHighlight(page, 'qbr-annotation', [WORD_PASSAGE]);

      // The PDF passage, on its second page's text layer: kept with its page.
      await readPdf();
      const pdfItem = await annotate('.pdf-page[data-page="2"] .textLayer', PDF_PASSAGE);
      expect(await pdfItem.textContent()).toContain('第 2 页');
      await waitForHighlight(page, 'qbr-annotation', [PDF_PASSAGE]);

      // A note on a passage the Word material no longer holds (as when a newer package changed
      // the text): written to the journal as any note is.
      const journal = await journalStatus(page);
      if (!journal.open) throw new Error('no journal');
      await answered(
        page.evaluate((request) => (window as unknown as Window).qbr.journal.append(request), {
          journal: { caseId: journal.caseId, owner: journal.owner },
          entry: {
            kind: 'annotation' as const,
            annotationId: 'lost-1',
            applicationId: application.id,
            target: {
              source: wordMaterial.id,
              selector: [
                { type: 'TextQuoteSelector' as const, exact: LOST_QUOTE, prefix: '主要成效：' },
                { type: 'TextPositionSelector' as const, start: 100, end: 113 },
              ],
            },
            body: { type: 'TextualBody' as const, value: '原文已删，待核实。' },
          },
        }),
      );

      // The renderer forgets everything: the annotations come back from the journal on disk,
      // each found again by its quote and marked in the text.
      await page.reload();
      await toReadingScreen();
      await readWord();
      await waitForHighlight(page, 'qbr-annotation', [WORD_PASSAGE]);
      const wordItem = side.locator('li.annotation').filter({ hasText: WORD_PASSAGE });
      await page.locator('li[data-anchor="found"]').filter({ hasText: WORD_PASSAGE }).waitFor();
      expect(await wordItem.locator('textarea').inputValue()).toBe('论证充分，数据可信。');
      const lost = side.getByTestId('annotation-lost-1');
      await lost.and(page.locator('[data-anchor="not-found"]')).waitFor();
      expect(await lost.textContent()).toContain('找不到原文位置：材料中已没有这段文字');
      expect(await side.locator('li.annotation').count()).toBe(2);

      // 转到原文: the passage near the end is brought into view and marked.
      await wordItem.getByRole('button', { name: '转到原文' }).click();
      await waitForHighlight(page, 'qbr-target', [WORD_PASSAGE]);
      await expect.poll(() => targetInView(page, '.word-scroll'), { timeout: 10_000 }).toBe(true);
      // On a narrow window the list folds away again, as the screen starts: the text's width.
      if (viewport.width < 1200) await page.getByRole('button', { name: '收起申报列表' }).click();
      await expect.poll(() => targetInView(page, '.word-scroll'), { timeout: 10_000 }).toBe(true);
      await shot(page, 'expert-reading-word-annotations');

      // The lost one: the reader says it cannot find the passage, and marks nothing.
      await lost.getByRole('button', { name: '转到原文' }).click();
      await page.getByTestId('reader-not-found').waitFor();
      expect(await page.getByTestId('reader-not-found').textContent()).toContain('找不到原文位置');
      expect(await highlighted(page, 'qbr-target')).toEqual([]);
      await shot(page, 'expert-reading-not-found');
      await page.getByTestId('reader-not-found').getByRole('button', { name: '知道了' }).click();
      expect(await page.getByTestId('reader-not-found').count()).toBe(0);

      // Across materials, as a search hit goes: the whole application's annotations, the PDF's
      // 转到原文 opens the PDF at its page and marks the passage there.
      await side.getByRole('button', { name: '本申报全部材料' }).click();
      const pdfListed = side.locator('li.annotation').filter({ hasText: PDF_PASSAGE });
      expect(await pdfListed.textContent()).toContain(EVIDENCE_PDF);
      await pdfListed.getByRole('button', { name: '转到原文' }).click();
      await waitForHighlight(page, 'qbr-target', [PDF_PASSAGE]);
      await waitForHighlight(page, 'qbr-annotation', [PDF_PASSAGE]);
      await expect.poll(() => targetInView(page, '.pdf-scroll'), { timeout: 10_000 }).toBe(true);
      expect(await reader.getByTestId('watermark').count()).toBe(1);
      await shot(page, 'expert-reading-pdf-annotation');

      // And back to the Word passage from the PDF: read, inserted, found, marked, in view.
      await side
        .locator('li.annotation')
        .filter({ hasText: WORD_PASSAGE })
        .getByRole('button', { name: '转到原文' })
        .click();
      await waitForHighlight(page, 'qbr-target', [WORD_PASSAGE]);
      await expect.poll(() => targetInView(page, '.word-scroll'), { timeout: 10_000 }).toBe(true);
      expect(await page.getByTestId('reader-not-found').count()).toBe(0);
    });
  });
}

/** Where the Word pane is: how far down its scrollable distance (0 to 1). */
function wordFraction(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector('.word-scroll')!;
    return pane.scrollTop / Math.max(1, pane.scrollHeight - pane.clientHeight);
  });
}

/** Where the PDF pane is: the page under its top edge and how far down that page. */
function pdfPlace(page: Page): Promise<{ page: number; fraction: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.pdf-scroll')!;
    const gap = parseFloat(getComputedStyle(pane).paddingTop) || 0;
    const line = pane.getBoundingClientRect().top + gap;
    let found = { page: 1, fraction: 0 };
    for (const box of Array.from(pane.querySelectorAll<HTMLElement>(':scope > [data-page]'))) {
      const rect = box.getBoundingClientRect();
      if (rect.top > line) break;
      found = { page: Number(box.dataset.page), fraction: (line - rect.top) / rect.height };
    }
    return found;
  });
}

for (const [size, viewport] of SIZES) {
  describe(`reading positions at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });

    it('brings the expert back where they were in Word and PDF after a reload, and after locking and unlocking', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      chooser.choice.packageFile = sealed.packageFile;
      await openThroughApi(page, sealed);
      const docx = `${fixtureApplications[1].name}申报材料.docx`;
      const reader = page.getByTestId('reading-material');
      const toReadingScreen = async () => {
        await page.getByRole('radio', { name: '评审专家' }).click();
        await page.getByRole('navigation').getByRole('button', { name: '阅读材料' }).click();
        await page.getByRole('heading', { level: 2, name: '阅读材料' }).waitFor();
        // On a narrow window the list starts folded: unfold it.
        if (viewport.width < 1200) {
          await page.getByRole('button', { name: '申报与材料 ›' }).click();
        }
      };
      const open = async (name: string) => {
        await page.getByTestId('reading-nav').getByRole('button', { name }).click();
      };
      const readWord = async () => {
        await open(`申报材料 ${docx}`);
        await reader.locator('.word-view[data-word-state="rendered"]').waitFor({ timeout: 30_000 });
        await page.waitForFunction(() => {
          const scroll = document.querySelector('.word-scroll');
          return scroll?.getAttribute('data-chunks-shown') === scroll?.getAttribute('data-chunks');
        });
      };
      const readPdf = async () => {
        await open(`其他证明材料 ${EVIDENCE_PDF}`);
        await reader.locator('.pdf-page[data-page="1"]').waitFor({ timeout: 30_000 });
      };
      const saved = async () => {
        // Written once the scrolling pauses: 已保存 only after main's fsync. The indicator may
        // still say 已保存 of the previous material's place until the pause (a second) has
        // passed and this one's write begun: wait past it, or a loaded machine reloads first.
        await page.waitForTimeout(1_500);
        await expect
          .poll(() => page.getByTestId('save-indicator').textContent(), { timeout: 15_000 })
          .toContain('已保存');
      };

      await toReadingScreen();
      await readWord();
      // Scrolled by the expert (a wheel over the text), about 60 % down the document.
      await page.evaluate(() => {
        const pane = document.querySelector('.word-scroll')!;
        pane.scrollTop = 0.6 * (pane.scrollHeight - pane.clientHeight);
      });
      const wordBefore = await wordFraction(page);
      expect(wordBefore).toBeGreaterThan(0.5);
      await saved();

      await readPdf();
      const pages = Number(await reader.locator('.pdf-scroll').getAttribute('data-pages'));
      expect(pages).toBeGreaterThan(1);
      // A twentieth of the way down the last page (its lines of text at the top of the view).
      await page.evaluate((last) => {
        const pane = document.querySelector<HTMLElement>('.pdf-scroll')!;
        const box = pane.querySelector<HTMLElement>(`[data-page="${last}"]`)!;
        const gap = parseFloat(getComputedStyle(pane).paddingTop) || 0;
        const top = box.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        pane.scrollTop += top + box.getBoundingClientRect().height / 20 - gap;
      }, pages);
      const pdfBefore = await pdfPlace(page);
      await saved();

      const backAtTheSamePlace = async () => {
        await readWord();
        await expect.poll(() => wordFraction(page), { timeout: 15_000 }).toBeCloseTo(wordBefore, 1);
        expect(Math.abs((await wordFraction(page)) - wordBefore)).toBeLessThan(0.02);
        await readPdf();
        await expect
          .poll(async () => (await pdfPlace(page)).page, { timeout: 15_000 })
          .toBe(pdfBefore.page);
        expect(Math.abs((await pdfPlace(page)).fraction - pdfBefore.fraction)).toBeLessThan(0.05);
      };

      // The renderer forgets everything: the places come back from the journal on disk.
      await page.reload();
      await toReadingScreen();
      await backAtTheSamePlace();
      await reader
        .locator(`.pdf-page[data-page="${pdfBefore.page}"][data-has-text="true"]`)
        .waitFor({ timeout: 30_000 });
      await saveScreenshot(page, `${size}-expert-reading-position-pdf`);

      // One pdf.js worker for the reader, warm while the package is open; none once it locks.
      const pdfWorkers = () =>
        page.workers().filter((worker) => worker.url().includes('pdf-worker')).length;
      expect(pdfWorkers()).toBe(1);

      // Locked from the top bar (the package closes, the working set is emptied) and unlocked:
      // the same package opened again, the places from the journal once more.
      await page.getByRole('button', { name: '锁定' }).click();
      const lockScreen = page.getByTestId('lock-screen');
      await lockScreen.waitFor({ timeout: 30_000 });
      await expect.poll(pdfWorkers, { timeout: 10_000 }).toBe(0);
      await lockScreen.getByLabel('身份口令').fill(EXPERT_PASSPHRASE);
      await lockScreen.getByRole('button', { name: '解锁' }).click();
      await page.locator('nav.sidebar').waitFor({ timeout: 30_000 });
      await toReadingScreen();
      await backAtTheSamePlace();
      expect(pdfWorkers()).toBe(1);
    });
  });
}
