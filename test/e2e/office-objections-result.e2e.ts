/**
 * 公示与异议, tab 评审结果与答辩, with a REAL result bundle (issue 11, point 3): a material round
 * of two groups sealed by the office's code, the group bundles and the acting vice-chair's
 * result bundle made by the committee's own code (quota 3 of four: one cut beyond the quota).
 * The office opens that sealed workspace in the app and chooses the bundle on the screen: the
 * list with place, 申报编号, applicant and score; the cut with its reason in words and figures;
 * the raw ranking with its ties. Read-only, no sideways scroll, at 1366×768 and 1093×615.
 * Then tab 工作记录: the plaintext warning, the signed record saved through the save dialog
 * (verified with `qbreview followup verify`), and the same name again refused, never replaced.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCommitteeMerge, writeResultBundle } from '../../electron/core/committee';
import { encodeIdentityFile } from '../../electron/core/identity/identity-file';
import { cli } from '../electron/cli/run-cli';
import { committeeRound } from '../electron/core/committee/committee-round';
import { STRONG } from '../electron/core/office/office-fixtures';
import { preparedFileChooser } from '../electron/core/office/prepared-file-chooser';
import { launchChromium, openHarness } from '../harness/transport';
import { expectNoSidewaysScroll, saveScreenshot, SIZES } from './screenshots';

const root = await mkdtemp(join(tmpdir(), 'qbr-e2e-office-result-'));
const round = await committeeRound(join(root, 'round'));
const vice = round.identity('e10');
const viceManifest = round.manifests.get('e10')!;
const prepared = await prepareCommitteeMerge({
  identity: vice,
  manifest: viceManifest,
  bundles: [await round.groupBundle('e01'), await round.groupBundle('e04')],
  settings: { quota: 3, scoreLine: null, basis: 'raw', exclusions: [] },
});
const resultFile = join(root, 'usb', 'result.qbbundle');
await mkdir(join(root, 'usb'), { recursive: true });
await writeFile(
  resultFile,
  await writeResultBundle({
    identity: vice,
    roster: viceManifest.rosterStatement!,
    sequence: 1,
    merge: prepared.merge,
    groupBundles: prepared.groupBundles,
    readersOf: prepared.readersOf,
    mergeReaders: prepared.mergeReaders,
  }),
);
const identityFile = join(root, 'office-identity', 'office.qbid');
await mkdir(join(root, 'office-identity'), { recursive: true });
await writeFile(identityFile, await encodeIdentityFile(round.office, STRONG, 10));

const exportFile = (size: string) => join(root, 'usb', `后续工作记录-${size}.json`);

/** The office's case strip whole at the top of the content pane: nothing of it cut or clipped. */
async function expectCaseStripWhole(page: Page): Promise<void> {
  const m = await page.evaluate(() => {
    const bar = document.querySelector('.case-bar')!;
    const content = document.querySelector('.content')!;
    const b = bar.getBoundingClientRect();
    const c = content.getBoundingClientRect();
    const inner = Array.from(bar.querySelectorAll('span, strong, code')).map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, right: r.right };
    });
    return {
      bar: { top: b.top, bottom: b.bottom, left: b.left, right: b.right },
      content: { top: c.top, left: c.left, right: c.right },
      overflowX: bar.scrollWidth - bar.clientWidth,
      overflowY: bar.scrollHeight - bar.clientHeight,
      inner,
    };
  });
  expect(m.bar.top, 'case strip below the top of the content pane').toBeGreaterThanOrEqual(
    m.content.top,
  );
  expect(m.overflowX, 'case strip overflow sideways').toBeLessThanOrEqual(0);
  expect(m.overflowY, 'case strip overflow downwards').toBeLessThanOrEqual(0);
  for (const r of m.inner) {
    expect(r.top, 'case strip text inside it').toBeGreaterThanOrEqual(m.bar.top);
    expect(r.bottom, 'case strip text inside it').toBeLessThanOrEqual(m.bar.bottom);
    expect(r.right, 'case strip text inside it').toBeLessThanOrEqual(m.bar.right);
  }
}

/** Every tab of the screen whole: its text inside its padding, nothing squeezed or cut. */
async function expectTabsWhole(page: Page): Promise<void> {
  const tabs = await page.getByRole('tab').evaluateAll((buttons) =>
    buttons.map((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const text = range.getBoundingClientRect();
      const box = b.getBoundingClientRect();
      const style = getComputedStyle(b);
      return {
        name: b.textContent,
        left: text.left - box.left - parseFloat(style.paddingLeft),
        right: box.right - parseFloat(style.paddingRight) - text.right,
        overflow: b.scrollWidth - b.clientWidth,
      };
    }),
  );
  for (const tab of tabs) {
    expect(tab.overflow, `${tab.name} overflows`).toBeLessThanOrEqual(0);
    expect(tab.right, `${tab.name}: room after its text`).toBeGreaterThanOrEqual(-0.5);
  }
}

/** The result's heading and its signer line: apart, on one line or on two. */
async function expectSignerApart(page: Page, roundId: string): Promise<void> {
  const head = page.getByTestId(`result-${roundId}`).locator('.fu-result-head').first();
  const list = (await head.locator('strong').boundingBox())!;
  const signer = (await head.locator('.fu-result-signer').boundingBox())!;
  const sameLine = signer.y < list.y + list.height;
  if (sameLine) {
    expect(signer.x - (list.x + list.width), 'space before the signer line').toBeGreaterThanOrEqual(
      8,
    );
  } else expect(signer.y).toBeGreaterThanOrEqual(list.y + list.height);
}

/** The office opens its sealed workspace in the app and goes to 评审结果与答辩. */
async function openResultsTab(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '办公室' }).click();
  await page.getByRole('button', { name: '受理申报' }).click();
  await page.getByLabel('办公室身份口令').fill(STRONG);
  await page.getByRole('button', { name: '打开已有案卷' }).click();
  await page.getByText('办公室指纹').waitFor({ timeout: 30_000 });
  await page.getByRole('navigation').getByRole('button', { name: '公示与异议' }).click();
  await page.getByRole('heading', { level: 2, name: '公示与异议' }).waitFor();
  await page.getByLabel('经办人').first().fill('王经办');
  await page.getByRole('tab', { name: '评审结果与答辩' }).click();
}

describe('公示与异议: a real result bundle on the results tab', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(join(root, 'chromium'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await rm(root, { recursive: true, force: true });
  });

  for (const [size, viewport] of SIZES) {
    it(`shows the list, the cut with its reason and the ranking at ${size}`, async () => {
      const harness = await openHarness(browser, {
        viewport,
        appDataDir: join(root, 'laptops', size),
        followUpChooser: { chooseFollowUpFile: async () => exportFile(size) },
        fileChooser: preparedFileChooser({
          identityFile,
          workspace: join(root, 'round', '2026.qboffice'),
        }),
      });
      try {
        await harness.open();
        const { page } = harness;
        await openResultsTab(page);
        await expectCaseStripWhole(page);
        await expectTabsWhole(page);
        const picker = page.getByRole('button', { name: '选择结果包…' });
        await expect.poll(() => picker.isEnabled(), { timeout: 30_000 }).toBe(true);
        await page.getByTestId('result-input').setInputFiles(resultFile);

        const list = page.getByTestId('result-list-material');
        const refused = page.getByTestId('followup-error');
        await list.or(refused).first().waitFor({ timeout: 60_000 });
        expect(await refused.count(), (await refused.allTextContents()).join()).toBe(0);
        const entries = prepared.merge.list.entries;
        const rows = await list.locator('tbody tr').allTextContents();
        expect(rows).toHaveLength(3);
        entries.forEach((e, i) => {
          expect(rows[i]).toContain(String(e.position));
          expect(rows[i]).toContain(e.applicationNo);
        });
        expect(await page.getByTestId('result-rule-material').textContent()).toContain('名额：3');

        const [cut] = prepared.merge.list.cuts;
        const cuts = await page
          .getByTestId('result-cuts-material')
          .locator('tbody tr')
          .allTextContents();
        expect(cuts).toHaveLength(1);
        expect(cuts[0]).toContain(cut!.applicationNo);
        expect(cuts[0]).toContain('超出名额（第 4 位，名额 3）');

        const ranking = await page
          .getByTestId('result-ranking-material')
          .locator('tbody tr')
          .allTextContents();
        expect(ranking).toHaveLength(4);
        prepared.merge.ranking.raw.order.forEach((e, i) =>
          expect(ranking[i]).toContain(e.applicationNo),
        );
        expect(await page.getByTestId('result-ties-material').textContent()).toMatch(/^同分排序：/);
        await expectSignerApart(page, 'material');
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `office-result-detail-${size}`);
        await page.getByTestId('result-ranking-material').scrollIntoViewIfNeeded();
        await saveScreenshot(page, `office-result-ranking-${size}`);

        // The same file again: said, and not recorded a second time.
        await page.getByTestId('result-input').setInputFiles(resultFile);
        const already = page.getByTestId('result-already-imported');
        await already.or(refused).first().waitFor({ timeout: 60_000 });
        expect(await refused.count(), (await refused.allTextContents()).join()).toBe(0);
        expect(await already.textContent()).toContain('此结果包已导入本轮，未重复记录。');
        await already.scrollIntoViewIfNeeded();
        await saveScreenshot(page, `office-result-already-${size}`);

        // 工作记录: the warning, then the signed record through the save dialog, verified.
        await page.getByRole('tab', { name: '工作记录' }).click();
        expect(await page.getByTestId('followup-export-warning').textContent()).toContain('明文');
        await saveScreenshot(page, `office-followup-export-${size}`);
        await page.getByRole('button', { name: '导出记录…' }).click();
        await page
          .getByTestId('followup-export-done')
          .filter({ hasText: '已保存' })
          .waitFor({ timeout: 30_000 });
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `office-followup-exported-${size}`);
        const verified = await cli(
          [
            'followup',
            'verify',
            exportFile(size),
            '--office-fingerprint',
            round.office.card.fingerprint,
            '--json',
          ],
          {},
        );
        expect(verified.code, verified.stderr).toBe(0);
        expect(verified.json!.result).toMatchObject({ valid: true, year: 2026 });
        // Again to the same name: refused in words, the file kept.
        await page.getByRole('button', { name: '导出记录…' }).click();
        const refused2 = page.getByTestId('followup-error');
        await refused2.waitFor({ timeout: 30_000 });
        expect(await refused2.textContent()).toContain('所选文件已存在，未覆盖');
        // One import on record, though the file was chosen twice.
        const log = page.getByTestId('acts-log');
        expect(await log.getByText('导入评审结果包').count()).toBe(1);
        expect(harness.outsideRequests).toEqual([]);
        expect(harness.pageProblems).toEqual([]);
      } finally {
        await harness.close();
      }

      // A restart of the app on the same laptop: the tab opens the kept bundle by itself.
      const restarted = await openHarness(browser, {
        viewport,
        appDataDir: join(root, 'laptops', size),
        fileChooser: preparedFileChooser({
          identityFile,
          workspace: join(root, 'round', '2026.qboffice'),
        }),
      });
      try {
        await restarted.open();
        const { page } = restarted;
        await openResultsTab(page);
        const list = page.getByTestId('result-list-material');
        const refused = page.getByTestId('followup-error');
        await list.or(refused).first().waitFor({ timeout: 60_000 });
        expect(await refused.count(), (await refused.allTextContents()).join()).toBe(0);
        expect(await list.locator('tbody tr').count()).toBe(3);
        const cuts = page.getByTestId('result-cuts-material').locator('tbody tr');
        expect(await cuts.count()).toBe(1);
        expect(await cuts.first().textContent()).toContain('超出名额（第 4 位，名额 3）');
        expect(await page.getByText('请重新选择此结果包').count()).toBe(0);
        await expectCaseStripWhole(page);
        await expectSignerApart(page, 'material');
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `office-result-reopened-${size}`);
        // The case strip whole on every office screen.
        const nav = page.getByRole('navigation');
        for (const name of await nav.getByRole('button').allTextContents()) {
          await nav.getByRole('button', { name }).click();
          await page.locator('.case-bar').waitFor();
          await expectCaseStripWhole(page);
        }
        expect(restarted.outsideRequests).toEqual([]);
        expect(restarted.pageProblems).toEqual([]);
      } finally {
        await restarted.close();
      }
      // Kept in the workspace, sealed: no file there holds the bundle's plaintext header.
      const header = (await readFile(resultFile)).subarray(16, 80);
      for (const entry of await readdir(join(root, 'round', '2026.qboffice'), {
        recursive: true,
        withFileTypes: true,
      })) {
        if (!entry.isFile()) continue;
        const bytes = await readFile(join(entry.parentPath, entry.name));
        expect(bytes.includes(header), entry.name).toBe(false);
      }
    }, 240_000);
  }
});
