/**
 * The chair's committee work (issue 11, points 2 and 7) in Chromium under the production CSP with
 * the real core services: a round of two groups sealed by the office's code (the chair in
 * conflict with the fourth application), real review bundles of six experts and each leader's
 * signed group bundle (test/electron/core/committee/committee-round.ts). The chair unlocks their
 * identity and opens their package; on 汇总排名 they import the first group's bundle (the merge
 * waits for the other group's application), then the second's: the ranking raw and normalised
 * (normalisation refused: too few scores), each application's decision. On 名单管理 a quota that
 * is not a number is refused on the screen, then a quota and an exclusion with its reason are
 * saved; the list and every cut with its reason. On 异议复审 a re-review before any result bundle
 * is refused by main in the catalogue's words. The result bundle is signed and exported (it
 * verifies with verifyResultBundle), the reports after the plaintext warning (the list read back
 * with mammoth), and a re-review act signed (the office opens it). English is there too.
 * Screenshots of every state at 1366×768 and 1093×615.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openReReviewAct, verifyResultBundle } from '../../electron/core/committee';
import { encodeIdentityFile } from '../../electron/core/identity/identity-file';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import { committeeRound } from '../electron/core/committee/committee-round';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { STRONG } from '../electron/core/office/office-fixtures';
import { moveKeptFilesAside } from './kept-files-aside';
import { officeHarnessPerTest } from './office-fixture';
import { openPackageThroughApi } from './page-api';
import { screenshotsAt, SIZES } from './screenshots';

const exportRoot = await mkdtemp(join(tmpdir(), 'qbr-e2e-committee-'));
afterAll(() => rm(exportRoot, { recursive: true, force: true }));

for (const [size, viewport] of SIZES) {
  describe(`chair committee at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const usb = join(exportRoot, size, 'usb');
    const out = join(exportRoot, size, 'out');
    const picked: { bundles: readonly string[] } = { bundles: [] };
    const warnings: string[] = [];
    const committeeChooser = {
      chooseGroupBundles: async () => picked.bundles,
      chooseResultBundleFile: async (name: string) => {
        await mkdir(out, { recursive: true });
        return join(out, name);
      },
      chooseReReviewFile: async (name: string) => {
        await mkdir(out, { recursive: true });
        return join(out, name);
      },
      chooseReportFolder: async (warning: { zh: string }) => {
        warnings.push(warning.zh);
        await mkdir(join(out, 'reports'), { recursive: true });
        return join(out, 'reports');
      },
    };
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser, committeeChooser });

    const shot = screenshotsAt(size);
    const nav = (page: Page, name: string) =>
      page.getByRole('navigation').getByRole('button', { name }).click();

    it('imports two groups, ranks, forms the list, signs the result, exports the reports and a re-review act', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const round = await committeeRound(join(exportRoot, size, 'round'));
      const [a1, , a3, a4] = round.applicationIds as [string, string, string, string];
      const chair = round.identity('e09');
      const identities = join(fixture.appDataDir, 'identities');
      await mkdir(identities, { recursive: true });
      await writeFile(
        join(identities, identityFileName(chair.card.fingerprint)),
        await encodeIdentityFile(chair, STRONG, 10),
      );
      await mkdir(usb, { recursive: true });
      const g1 = join(usb, 'g1.qbbundle');
      const g2 = join(usb, 'g2.qbbundle');
      await writeFile(g1, await round.groupBundle('e01'));
      await writeFile(
        g2,
        await round.groupBundle('e04', {
          decision: (id) => [
            {
              kind: 'decision',
              applicationId: id,
              decision: id === a4 ? 'not-enter-defense' : 'enter-defense',
            },
          ],
        }),
      );
      chooser.choice.packageFile = join(exportRoot, size, 'round', 'packages', 'e09.qbcase');

      // Before any package: 汇总排名 says what it needs, and its button goes to 解锁案卷.
      await page.getByRole('radio', { name: '主任委员' }).click();
      await nav(page, '汇总排名');
      const noPackage = page.getByTestId('committee-no-package');
      await noPackage.getByText('尚未打开案卷包。请先在“解锁案卷”中用您本人的身份').waitFor();
      // As wide as the leader's notice on 组内合议, not the whole content area.
      expect((await noPackage.boundingBox())!.width).toBeLessThanOrEqual(680);
      await shot(page, 'chair-summary-no-package');
      await openPackageThroughApi(page, {
        fingerprint: chair.card.fingerprint,
        passphrase: STRONG,
        officeFingerprint: round.office.card.fingerprint,
      });
      await noPackage.getByRole('button', { name: '去解锁案卷' }).click();
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });

      await nav(page, '汇总排名');
      await page.getByTestId('committee-summary').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('committee-round').textContent()).toContain('主任委员');
      expect(await page.getByTestId('committee-readiness').textContent()).toContain('2026001');
      await shot(page, 'chair-summary-empty');

      // The first group alone: admitted, the merge waits for the second group's application.
      picked.bundles = [g1];
      await page.getByTestId('committee-import').click();
      await page.getByTestId('committee-imported').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('committee-readiness').textContent()).toContain('2026003');
      expect(await page.getByTestId('committee-group-g1').textContent()).toContain('一组组员乙');
      await shot(page, 'chair-summary-waiting');

      // The kept group bundle gone from the app's folder: the load fails in words, offered
      // again; put back, the retry shows the summary as it was.
      const putBack = await moveKeptFilesAside(join(fixture.appDataDir, 'group-bundles'));
      await nav(page, '解锁案卷');
      await nav(page, '汇总排名');
      const loadError = page.getByRole('alert').filter({ hasText: '出错了' });
      await loadError.waitFor({ timeout: 30_000 });
      // The group by the name its package gives it, never its id.
      const loadErrorText = await loadError.textContent();
      expect(loadErrorText).toContain('已导入的第一组合议包（序号 1）在本机数据中缺失或已被改动');
      expect(loadErrorText).not.toContain('g1');
      expect(await page.getByTestId('committee-summary').count()).toBe(0);
      await shot(page, 'chair-summary-load-error');
      await putBack();
      await loadError.getByRole('button', { name: '重试' }).click();
      await page.getByTestId('committee-imported').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('committee-group-g1').textContent()).toContain('一组组员乙');

      picked.bundles = [g2];
      await page.getByTestId('committee-import').click();
      await page.getByTestId('committee-ranking-raw').waitFor({ timeout: 30_000 });
      const raw = await page
        .getByTestId('committee-ranking-raw')
        .locator('tbody tr')
        .allTextContents();
      expect(raw.map((r) => r.slice(0, 10))).toEqual([
        expect.stringContaining('2026001'),
        expect.stringContaining('2026003'),
        expect.stringContaining('2026002'),
      ]);
      // Three scores each: the normalisation is refused, and says why.
      expect(await page.getByTestId('committee-normalisation-refused').textContent()).toContain(
        '至少需',
      );
      await shot(page, 'chair-summary-ranking');
      await page.getByTestId('committee-applications').scrollIntoViewIfNeeded();
      await shot(page, 'chair-summary-applications');

      // 异议复审 before any result bundle: main refuses in the catalogue's words.
      await nav(page, '异议复审');
      await page.getByTestId('committee-objection').waitFor();
      await page.getByTestId('committee-objection-id').fill('YY-2026-01');
      await page.getByTestId('committee-objection-application').selectOption(a3);
      await page.getByTestId('committee-outcome-objection-rejected').check();
      await page
        .getByTestId('committee-objection-opinion')
        .fill('经复核，异议所述情况与事实不符。');
      await page.getByTestId('committee-objection-sign').click();
      await page.getByTestId('committee-objection-refused').waitFor();
      expect(await page.getByTestId('committee-objection-refused').textContent()).toContain(
        '请先签署并导出本轮的评审结果包',
      );
      await shot(page, 'chair-objection-refused');

      // 名单管理: a quota that is no number is refused on the screen; then the decisions.
      await nav(page, '名单管理');
      await page.getByTestId('committee-lists').waitFor();
      expect(await page.getByTestId('committee-list-entries').locator('tbody tr').count()).toBe(3);
      await shot(page, 'chair-lists');
      for (const field of await page.locator('.cm-lists input[type=text]').all()) {
        expect(await field.getAttribute('autocomplete')).toBe('off');
      }
      await page.getByTestId('committee-quota').fill('两项');
      await page.getByTestId('committee-save-settings').click();
      await page.getByTestId('committee-settings-problem').waitFor();
      await shot(page, 'chair-lists-refused');
      await page.getByTestId('committee-quota').fill('1');
      await page.getByTestId('committee-add-exclusion').click();
      await page.getByTestId('committee-exclusion-0').locator('select').selectOption(a1);
      await page
        .getByTestId('committee-exclusion-0')
        .locator('input')
        .fill('经评审委员会讨论，申报材料存在重大瑕疵');
      await page.getByTestId('committee-save-settings').click();
      await page.getByTestId('committee-list-cuts').getByText('申报材料存在重大瑕疵').waitFor();
      expect(await page.getByTestId('committee-list-entries').locator('tbody tr').count()).toBe(1);
      expect(await page.getByTestId('committee-list-cuts').textContent()).toContain('超出名额');
      await page.getByTestId('committee-list-cuts').scrollIntoViewIfNeeded();
      await shot(page, 'chair-lists-decided');

      // The result bundle, verified as the office verifies it.
      await page.getByTestId('committee-export-result').click();
      await page.getByTestId('committee-result-done').waitFor({ timeout: 30_000 });
      const manifest = round.manifests.get('e09')!;
      // The dialog offered a name a person recognises: 评审结果包_<轮次>_第1次.qbbundle.
      const [resultName] = (await readdir(out)).filter((n) => n.startsWith('评审结果包_'));
      expect(resultName).toMatch(/_第1次\.qbbundle$/);
      const verified = verifyResultBundle(await readFile(join(out, resultName!)), {
        officeFingerprint: round.office.card.fingerprint,
        caseId: manifest.caseId,
        roundId: 'material',
        rubricDigest: manifest.rubricDigest,
      });
      expect(verified.header.signerRole).toBe('chair');
      expect(verified.header.groups.map((g) => g.groupId)).toEqual(['g1', 'g2']);

      // The reports, after the warning on screen and in the dialog.
      expect(await page.getByTestId('committee-reports-warning').textContent()).toContain('明文');
      await page.getByTestId('committee-export-reports').click();
      await page.getByTestId('committee-reports-done').waitFor({ timeout: 60_000 });
      expect(warnings.at(-1)).toContain('明文');
      const [folder] = await readdir(join(out, 'reports'));
      // Named as the chair's case names the round, and whose reports they are.
      expect(folder).toBe('评审报告-2026年资料评审-评审委员会');
      const files = await readdir(join(out, 'reports', folder!));
      expect(files).toEqual(expect.arrayContaining(['入围答辩名单.docx', '入围答辩名单.xlsx']));
      const { value: list } = await mammoth.extractRawText({
        buffer: await readFile(join(out, 'reports', folder!, '入围答辩名单.docx')),
      });
      expect(list).toContain('申报单位3有限公司');
      expect(list).toContain('申报材料存在重大瑕疵');
      const summaries = files.filter((f) => f.startsWith('评分汇总表'));
      expect(summaries.sort()).toEqual(['评分汇总表-第一组.docx', '评分汇总表-第二组.docx']);
      const { value: summary } = await mammoth.extractRawText({
        buffer: await readFile(join(out, 'reports', folder!, summaries[0]!)),
      });
      expect(summary).toContain('评分汇总表');
      // The export is in the journal: shown under 报告导出记录, and there after a reload.
      const history = page.getByTestId('committee-reports-history');
      await history.waitFor();
      expect(await history.textContent()).toContain(`第 1 次：“${folder}”，${files.length} 份`);
      await history.scrollIntoViewIfNeeded();
      await shot(page, 'chair-lists-exported');

      // The re-review act, against the result bundle just signed, opened by the office.
      await nav(page, '异议复审');
      await page.getByTestId('committee-objection-result').waitFor();
      await page.getByTestId('committee-objection-id').fill('YY-2026-01');
      await page.getByTestId('committee-objection-application').selectOption(a3);
      await page.getByTestId('committee-outcome-objection-rejected').check();
      await page
        .getByTestId('committee-objection-opinion')
        .fill('经复核，异议所述情况与事实不符。');
      await shot(page, 'chair-objection-filled');
      await page.getByTestId('committee-objection-sign').click();
      await page.getByTestId('committee-objection-done').waitFor({ timeout: 30_000 });
      const { statement } = await openReReviewAct(
        await readFile(join(out, 'YY-2026-01.qbrereview')),
        round.office.ageIdentity,
        {
          officeFingerprint: round.office.card.fingerprint,
          caseId: manifest.caseId,
          roundId: 'material',
          resultDigest: verified.digest,
        },
      );
      expect(statement).toMatchObject({
        objectionId: 'YY-2026-01',
        applicationId: a3,
        outcome: 'objection-rejected',
        signer: { expertId: 'e09', role: 'chair' },
      });
      expect(await page.getByTestId('committee-objection-history').textContent()).toContain(
        'YY-2026-01',
      );
      await shot(page, 'chair-objection-signed');

      // English is there too.
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByText('Re-review acts signed').waitFor();
      await shot(page, 'chair-objection-en');
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    });
  });
}
