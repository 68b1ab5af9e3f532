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
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCommitteeMerge, writeResultBundle } from '../../electron/core/committee';
import { encodeIdentityFile } from '../../electron/core/identity/identity-file';
import { cli } from '../electron/cli/run-cli';
import { committeeRound } from '../electron/core/committee/committee-round';
import { STRONG } from '../electron/core/office/office-fixtures';
import { preparedFileChooser } from '../electron/core/office/prepared-file-chooser';
import { launchChromium, openHarness } from '../harness/transport';

const screenshotDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const viewports = {
  '1366x768': { width: 1366, height: 768 },
  '1093x615': { width: 1093, height: 615 },
} as const;

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

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.locator('.content').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'horizontal overflow of the content pane').toBeLessThanOrEqual(0);
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

  for (const [size, viewport] of Object.entries(viewports)) {
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
        await page.getByRole('radio', { name: '办公室' }).click();
        await page.getByRole('button', { name: '受理申报' }).click();
        await page.getByLabel('办公室身份口令').fill(STRONG);
        await page.getByRole('button', { name: '打开已有案卷' }).click();
        await page.getByText('办公室指纹').waitFor({ timeout: 30_000 });
        await page.getByRole('navigation').getByRole('button', { name: '公示与异议' }).click();
        await page.getByRole('heading', { level: 2, name: '公示与异议' }).waitFor();
        await page.getByLabel('经办人').first().fill('王经办');
        await page.getByRole('tab', { name: '评审结果与答辩' }).click();
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
        await expectNoSidewaysScroll(page);
        await mkdir(screenshotDir, { recursive: true });
        await page.screenshot({ path: `${screenshotDir}office-result-detail-${size}.png` });
        await page.getByTestId('result-ranking-material').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${screenshotDir}office-result-ranking-${size}.png` });

        // 工作记录: the warning, then the signed record through the save dialog, verified.
        await page.getByRole('tab', { name: '工作记录' }).click();
        expect(await page.getByTestId('followup-export-warning').textContent()).toContain('明文');
        await page.screenshot({ path: `${screenshotDir}office-followup-export-${size}.png` });
        await page.getByRole('button', { name: '导出记录…' }).click();
        await page
          .getByTestId('followup-export-done')
          .filter({ hasText: '已保存' })
          .waitFor({ timeout: 30_000 });
        await expectNoSidewaysScroll(page);
        await page.screenshot({ path: `${screenshotDir}office-followup-exported-${size}.png` });
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
        expect(harness.outsideRequests).toEqual([]);
        expect(harness.pageProblems).toEqual([]);
      } finally {
        await harness.close();
      }
    }, 180_000);
  }
});
