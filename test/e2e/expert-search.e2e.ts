/**
 * 全文检索 (issue 9, point 8) in Chromium under the production CSP with the real core services:
 * the office seals a round whose materials hold real text (expert-search-fixture.ts); the expert
 * unlocks their identity and the package, opens 全文检索 and sees the index being built (材料 n/N,
 * the material being read; read from what the page drew, as the build may outrun the test's looks),
 * stops it and lets it go on; the scanned 推荐表 is listed as holding no
 * text. A Chinese query finds its passage in a Word material and on page 2 of a PDF, each in its
 * context with the match marked; a query typed full width finds the half-width text; a query
 * still being composed by an input method asks nothing until the composition ends; a query with
 * no match says so. A hit opens 阅读材料 with the passage brought into view and marked, in Word
 * and in PDF. Nothing confidential is written anywhere (the office harness scans every folder
 * after the test). Screenshots at 1366×768 and at 125 % scaling (1093×615).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import {
  EVIDENCE_PDF,
  QC_SENTENCE,
  SCAN_NAME,
  SEARCH_EXPERT_PASSPHRASE,
  SHARED_PASSAGE,
  sealForSearch,
} from './expert-search-fixture';
import { fixtureApplications, officeHarnessPerTest } from './office-fixture';
import { screenshotsAt, SIZES } from './screenshots';
import { unlockIdentityOnScreen } from './unlock-identity-on-screen';

/** The text of each range marked as the reader's target (CSS Custom Highlight API). */
function targetTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('qbr-target') ?? [])].map((range) => range.toString());
  });
}

/** Whether the marked target stands inside the visible part of the pane that scrolls it. */
function targetInView(page: Page, pane: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const [range] = [...(registry.get('qbr-target') ?? [])];
    const scroller = document.querySelector(selector);
    if (!range || !scroller) return false;
    const r = range.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return r.height > 0 && r.top >= s.top - 1 && r.bottom <= s.bottom + 1;
  }, pane);
}

/** One state of the index's progress as the page drew it. */
interface DrawnBuild {
  readonly build: string;
  /** 正在建立检索索引：材料 n/N while building, else the notice's whole text. */
  readonly line: string;
  /** 正在读取：<material> while building, once a material is being read. */
  readonly current: string;
}

type BuildLog = { __qbrBuildDrawn?: DrawnBuild[]; __qbrBuildWatch?: MutationObserver };

/**
 * Logs every state of the index's progress the page draws, and clicks its 停止 the moment it
 * first names a .docx being read. A loaded machine may build the whole index between two of the
 * test's looks: the test then reads the progress from this log, and waits for states that hold
 * (stopped, done) rather than for a line that may come and go before it looks.
 */
function watchBuildProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const log: DrawnBuild[] = [];
    let stopped = false;
    const look = () => {
      const box = document.querySelector<HTMLElement>('.search-build');
      if (box === null) return;
      const build = box.dataset['build'] ?? '';
      const drawn = {
        build,
        line: (build === 'building' ? box.querySelector('strong') : box)?.textContent ?? '',
        current: box.querySelector('.search-build-current')?.textContent ?? '',
      };
      const last = log.at(-1);
      if (last?.build !== drawn.build || last.line !== drawn.line || last.current !== drawn.current)
        log.push(drawn);
      if (build === 'building' && !stopped && /申报材料\.docx$/.test(drawn.current)) {
        stopped = true;
        Array.from(box.querySelectorAll('button'))
          .find((b) => b.textContent === '停止')
          ?.click();
      }
    };
    const watch = new MutationObserver(look);
    watch.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    Object.assign(window, { __qbrBuildDrawn: log, __qbrBuildWatch: watch });
  });
}

/** The states logged by watchBuildProgress, the watch ended. */
function drawnBuild(page: Page): Promise<DrawnBuild[]> {
  return page.evaluate(() => {
    const held = window as unknown as BuildLog;
    held.__qbrBuildWatch?.disconnect();
    return held.__qbrBuildDrawn ?? [];
  });
}

for (const [size, viewport] of SIZES) {
  describe(`full-text search at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });

    const shot = screenshotsAt(size);

    it('builds the index with its progress, finds Word and PDF passages in context, and opens a hit marked in the reader', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForSearch(fixture);
      chooser.choice.packageFile = sealed.packageFile;

      // The expert unlocks the identity, then the package (first use: the office's fingerprint).
      await unlockIdentityOnScreen(page, SEARCH_EXPERT_PASSPHRASE, { name: '张专家' });
      const nav = page.getByRole('navigation');
      // Before any package: the search says what it needs.
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page.getByTestId('search-no-package').getByText('尚未开启案卷包。').waitFor();
      await nav.getByRole('button', { name: '解锁案卷' }).click();
      const form = page.getByRole('form', { name: '开启案卷包' });
      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      // Exactly 案卷包: the form's own heading, 开启案卷包, holds the words before anything opens.
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });

      // 全文检索, right after 阅读材料 in the expert's navigation.
      const labels = await nav.getByRole('button').allTextContents();
      expect(labels.indexOf('全文检索')).toBe(labels.indexOf('阅读材料') + 1);
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page.getByRole('heading', { level: 2, name: '全文检索' }).waitFor();
      // From here on, what the index's progress draws is logged (and 停止 clicked in time).
      await watchBuildProgress(page);
      // It reads every material: the round's undertaking is signed first, on the spot.
      const gate = page.getByTestId('undertaking-gate');
      await gate.waitFor({ timeout: 30_000 });
      await gate.getByTestId('undertaking-agree').check();
      await gate.getByRole('button', { name: '签署保密承诺' }).click();

      // Stopped between two materials (停止 clicked as a .docx is read), and gone on from there.
      const stopped = page.locator('.search-build[data-build="cancelled"]');
      const done = page.locator('.search-build[data-build="done"]');
      await stopped.or(done).waitFor({ timeout: 90_000 });
      if ((await stopped.count()) !== 1) {
        expect.fail(`not stopped; the page drew ${JSON.stringify(await drawnBuild(page))}`);
      }
      expect(await stopped.textContent()).toMatch(/^已停止建立索引：已索引材料 \d\/5/);
      await shot(page, 'expert-search-stopped');
      await stopped.getByRole('button', { name: '继续建立索引' }).click();
      await done.getByText('检索索引已建立：5 份材料。').waitFor({ timeout: 90_000 });
      // The index was drawn being built: 材料 n/N and the material being read (three long .docx),
      // then stopped, going on, and built.
      const drawn = await drawnBuild(page);
      expect(drawn).toContainEqual({
        build: 'building',
        line: expect.stringMatching(/^正在建立检索索引：材料 \d\/5$/),
        current: expect.stringMatching(/^正在读取：.+申报材料\.docx$/),
      });
      const states = drawn.map((d) => d.build).filter((b, i, all) => b !== all[i - 1]);
      expect(states).toEqual(['building', 'cancelled', 'building', 'done']);

      // The scanned 推荐表 has no text layer: listed as such, not as a failure.
      const unsearchable = page.getByTestId('search-unsearchable');
      expect(await unsearchable.locator('summary').textContent()).toBe('1 份材料无法检索');
      expect(await unsearchable.locator('li').textContent()).toBe(
        `${fixtureApplications[0].no} ${SCAN_NAME}：无文字层（扫描件或图片）`,
      );

      // A Chinese query: the passage in the long .docx and on page 2 of the evidence PDF.
      const box = page.getByRole('searchbox', { name: '检索词' });
      await box.fill('满意度测评');
      await page.getByTestId('search-count').getByText('共找到 2 处').waitFor();
      const groups = page.locator('.search-application');
      expect(await groups.count()).toBe(2);
      const wordGroup = groups.nth(0);
      expect(await wordGroup.locator('h3').textContent()).toBe(
        `${fixtureApplications[0].no}${fixtureApplications[0].title}1 处`,
      );
      expect(await wordGroup.locator('h4').textContent()).toBe(
        `${fixtureApplications[0].name}申报材料.docx`,
      );
      const wordHit = wordGroup.locator('.search-hit');
      expect(await wordHit.textContent()).toBe(
        `经第三方机构测评，${SHARED_PASSAGE}，位居行业前列。`,
      );
      expect(await wordHit.locator('mark').textContent()).toBe('满意度测评');
      const pdfGroup = groups.nth(1);
      expect(await pdfGroup.locator('h3').textContent()).toBe(
        `${fixtureApplications[1].no}${fixtureApplications[1].title}1 处`,
      );
      expect(await pdfGroup.locator('h4').textContent()).toBe(EVIDENCE_PDF);
      const pdfHit = pdfGroup.locator('.search-hit');
      expect(await pdfHit.locator('.search-hit-page').textContent()).toBe('第 2 页');
      expect(await pdfHit.locator('.search-hit-text').textContent()).toContain(
        `${SHARED_PASSAGE}，较上年提高四分`,
      );
      expect(await pdfHit.locator('mark').textContent()).toBe('满意度测评');
      await shot(page, 'expert-search-hits');

      // Typed full width, written half width: found, and marked as written.
      await box.fill('ＱＣ小组');
      await page.getByTestId('search-count').getByText('共找到 1 处').waitFor();
      expect(await page.locator('.search-hit mark').textContent()).toBe('QC小组');
      expect(await page.locator('.search-hit').textContent()).toBe(QC_SENTENCE);

      // An input method composing: nothing is asked until the composition ends.
      await box.fill('');
      await page.getByTestId('search-count').waitFor({ state: 'detached' });
      await box.dispatchEvent('compositionstart', { data: '' });
      await box.pressSequentially('评审专家');
      await page.waitForTimeout(800);
      expect(await page.locator('.search-summary').textContent()).toBe('');
      await box.dispatchEvent('compositionend', { data: '评审专家' });
      // No match: said in words, with nothing listed.
      await page.getByTestId('search-none').getByText('未找到“评审专家”。').waitFor();
      expect(await page.locator('.search-hit').count()).toBe(0);
      await shot(page, 'expert-search-none');

      // A Word hit opens 阅读材料 with its passage in view and marked, far down the document.
      await box.fill('满意度测评');
      await page.getByTestId('search-count').getByText('共找到 2 处').waitFor();
      await page.locator('.search-application').nth(0).locator('.search-hit').click();
      await page.getByRole('heading', { level: 2, name: '阅读材料' }).waitFor();
      await expect.poll(() => targetTexts(page), { timeout: 60_000 }).toEqual(['满意度测评']);
      await expect.poll(() => targetInView(page, '.word-scroll'), { timeout: 10_000 }).toBe(true);
      await shot(page, 'expert-search-word-target');

      // A PDF hit: its page, its passage marked in the text layer.
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page.locator('.search-application').nth(1).locator('.search-hit').click();
      await page.getByRole('heading', { level: 2, name: '阅读材料' }).waitFor();
      await expect.poll(() => targetTexts(page), { timeout: 60_000 }).toEqual(['满意度测评']);
      await shot(page, 'expert-search-pdf-target');

      // Closing the package drops the index: the search says no package is open.
      await nav.getByRole('button', { name: '解锁案卷' }).click();
      await page.getByRole('button', { name: '关闭案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page.getByTestId('search-no-package').waitFor();
    });
  });
}
