/**
 * The group leader's deliberation (issue 11, point 1) in Chromium under the production CSP with
 * the real core services: a round sealed by the office's code (the leader in conflict with the
 * second application, a stand-in designated for it), real review bundles of the three members
 * written by the core, e03's twice. The leader unlocks their identity and opens their package;
 * on 组内合议 they import the bundles in two goes (who is missing, then e03's second bundle
 * superseding the first), open the first application's matrix (e04 deviating), record a score
 * change with its reason (the submitted score stays shown beside it); e03's third bundle, after
 * the deliberation began, is refused in words; then an explanation, a note, an
 * open ballot that fails and a secret second round that passes, a dissent, the consensus and the
 * decision; a skip refused by main shows the catalogue's words. The third application is decided
 * as well, the group bundle exported (a confirmation, then main's save dialog), and the file
 * verifies with verifyGroupBundle. The stand-in then opens their own package: the second
 * application, chaired as 代行组长, and said so. Screenshots of every state at 1366×768 and
 * 1093×615; every folder the app and Chromium wrote is scanned for the materials' marker and the
 * applicants' names (officeHarnessPerTest).
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyGroupBundle } from '../../electron/core/merge';
import type { Api } from '../../shared/ipc/api';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { moveKeptFilesAside } from './kept-files-aside';
import { EXPERT_PASSPHRASE, sealForDeliberation } from './leader-deliberation-fixture';
import { fixtureApplications, officeHarnessPerTest } from './office-fixture';
import { answered, openPackageThroughApi } from './page-api';
import { screenshotsAt, SIZES } from './screenshots';

/** The members' USB stick and the leader's export folder, outside the folders the scan covers. */
const exportRoot = await mkdtemp(join(tmpdir(), 'qbr-e2e-deliberation-'));
afterAll(() => rm(exportRoot, { recursive: true, force: true }));

type Window = { qbr: Api };

async function openDeliberation(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '专业组组长' }).click();
  await page.getByRole('navigation').getByRole('button', { name: '组内合议' }).click();
}

/** Chooses a kind of record, fills it with `fill`, saves, and waits for record number `n`. */
async function record(
  page: Page,
  kind: string,
  n: number,
  fill: () => Promise<unknown>,
  /** Called with the form filled, before it is saved (a screenshot). */
  filled?: () => Promise<unknown>,
): Promise<void> {
  await page.getByTestId(`kind-${kind}`).click();
  await fill();
  await filled?.();
  await page.getByTestId('record-save').click();
  await page.getByTestId(`record-${n}`).waitFor({ timeout: 30_000 });
}

for (const [size, viewport] of SIZES) {
  describe(`leader deliberation at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const usb = join(exportRoot, size, 'usb');
    const out = join(exportRoot, size, 'out');
    /** What main's dialogs answer: the bundles the test names next, and a file in `out`. */
    const picked: { bundles: readonly string[] } = { bundles: [] };
    const deliberationChooser = {
      chooseMemberBundles: async () => picked.bundles,
      chooseGroupBundleFile: async (defaultName: string) => {
        await mkdir(out, { recursive: true });
        return join(out, defaultName);
      },
      chooseReportFolder: async (warning: { zh: string }) => {
        reportWarnings.push(warning.zh);
        await mkdir(join(out, 'reports'), { recursive: true });
        return join(out, 'reports');
      },
    };
    const reportWarnings: string[] = [];
    const session = officeHarnessPerTest(viewport, {
      packageChooser: chooser,
      deliberationChooser,
    });

    const shot = screenshotsAt(size);
    const scrollTo = (page: Page, testId: string) =>
      page.getByTestId(testId).first().scrollIntoViewIfNeeded();

    it('imports, deliberates with a score change and two ballot rounds, decides and exports a verified group bundle', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const round = await sealForDeliberation(fixture, usb);
      const { sealed } = round;
      const officeFingerprint = sealed.office.card.fingerprint;
      const [first, second, third] = round.applicationIds as [string, string, string];
      const leader = sealed.people.get('e01')!.identity;
      chooser.choice.packageFile = sealed.packageOf('e01');

      // Before any package: 组内合议 says what it needs, and its button goes to 解锁案卷.
      await openDeliberation(page);
      const noPackage = page.getByTestId('deliberation-no-package');
      await noPackage.getByText('尚未打开案卷包。请先在“解锁案卷”中用您本人的身份').waitFor();
      expect((await noPackage.boundingBox())!.width).toBeLessThanOrEqual(680);
      await shot(page, 'leader-deliberation-no-package');
      await openPackageThroughApi(page, {
        fingerprint: leader.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint,
      });
      await noPackage.getByRole('button', { name: '去解锁案卷' }).click();
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });

      // Nobody's bundle yet: every member missing, each application waiting.
      await openDeliberation(page);
      await page.getByTestId('members-panel').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('deliberation-round').textContent()).toContain('第一组');
      expect(await page.getByTestId('member-e03').getAttribute('data-submitted')).toBe('none');
      // The leader chairs the first and third; the second is the stand-in's.
      expect(await page.getByTestId(`dl-app-${first}`).count()).toBe(1);
      expect(await page.getByTestId(`dl-app-${second}`).count()).toBe(0);
      expect(await page.getByTestId(`dl-app-${third}`).count()).toBe(1);
      await shot(page, 'leader-deliberation-empty');

      // First import: the leader's own and e03's first bundle; e04 still missing.
      picked.bundles = [round.bundles.e01![0]!, round.bundles.e03![0]!];
      await page.getByTestId('import-bundles').click();
      await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('import-done').textContent()).toBe('已导入 2 个评审意见包。');
      expect(await page.getByTestId('member-e03').getAttribute('data-submitted')).toBe('1');
      expect(await page.getByTestId('members-missing').textContent()).toContain('陈专家');
      await page.getByTestId('go-on').click();
      await page.getByTestId('go-on-form').waitFor();
      await shot(page, 'leader-deliberation-missing');
      // Not going on without e04 after all: their bundle comes.
      await page.getByTestId('go-on-form').getByRole('button', { name: '取消' }).click();

      // The kept bundles gone from the app's folder: the load fails in words, offered again;
      // put back, the retry shows the members as they were.
      const putBack = await moveKeptFilesAside(join(fixture.appDataDir, 'member-bundles'));
      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      await openDeliberation(page);
      const loadError = page.getByRole('alert').filter({ hasText: '出错了' });
      await loadError.waitFor({ timeout: 30_000 });
      // The member by the name the package gives them (either kept bundle may be found gone
      // first), never their id.
      const loadErrorText = await loadError.textContent();
      expect(loadErrorText).toMatch(
        /已导入的(王组长|张专家)的评审意见包（序号 1）在本机数据中缺失或已被改动/,
      );
      expect(loadErrorText).not.toMatch(/e0\d/);
      expect(await page.getByTestId('members-panel').count()).toBe(0);
      await shot(page, 'leader-deliberation-load-error');
      await putBack();
      await loadError.getByRole('button', { name: '重试' }).click();
      await page.getByTestId('members-panel').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('member-e03').getAttribute('data-submitted')).toBe('1');

      // Second import: e03's resubmission and e04's: the highest wins, visibly.
      picked.bundles = [round.bundles.e03![1]!, round.bundles.e04![0]!];
      await page.getByTestId('import-bundles').click();
      await page
        .getByTestId('member-e03')
        .and(page.locator('[data-submitted="2"]'))
        .waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('superseded-e03').textContent()).toBe('第 1 次');
      expect(await page.getByTestId('members-all-in').count()).toBe(1);
      await shot(page, 'leader-deliberation-members');
      // The applications table keeps its 合议 button in view at both sizes (no scroll inside it).
      await scrollTo(page, 'deliberation-applications');
      const button = await page.getByTestId(`deliberate-${first}`).boundingBox();
      expect(button).not.toBeNull();
      expect(button!.x + button!.width).toBeLessThanOrEqual(viewport.width);
      await shot(page, 'leader-deliberation-applications');

      // The first application: the matrix, e04 far below the others.
      await page.getByTestId(`deliberate-${first}`).click();
      await page.getByTestId('score-matrix').waitFor();
      expect(await page.getByTestId('deliberation-stats').textContent()).toContain(
        '评分不足五人，不去掉最高分和最低分',
      );
      expect(
        await page.getByTestId('cell-e04-total').getAttribute('class'),
        'e04 deviates in total',
      ).toContain('dl-deviates');
      expect(await page.getByTestId('comments-e03').textContent()).toContain('（修改后重新提交）');
      await shot(page, 'leader-deliberation-matrix');

      // A score change needs a reason from the list: said, not saved.
      await page.getByTestId('kind-score-change').click();
      await page.getByTestId('change-expert').selectOption('e04');
      await page.getByTestId('change-part').selectOption('c1p1');
      expect(await page.getByTestId('change-from').textContent()).toBe('6');
      await page.getByTestId('change-to').fill('１２');
      await page.getByTestId('record-save').click();
      expect(await page.getByTestId('record-problem').textContent()).toBe(
        '请从列表中选择修正理由。',
      );
      await page.getByTestId('change-reason').selectOption('summation-error');
      await page.getByTestId('record-save').click();
      await page.getByTestId('record-1').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('record-1').textContent()).toContain('陈专家 · 一-1：6 → 12');
      expect(await page.getByTestId('record-1').textContent()).toContain('分值汇总计算错误');
      // Both kept and shown: the submitted 6 struck through beside the 12.
      const cell = page.getByTestId('cell-e04-c1p1');
      expect(await cell.getAttribute('data-changed')).toBe('true');
      expect(await cell.locator('s').textContent()).toBe('6');
      await scrollTo(page, 'record-1');
      await shot(page, 'leader-deliberation-score-change');

      // The deliberation has begun: e03's third bundle would change it, and is refused.
      await page.getByTestId('deliberation-back').click();
      picked.bundles = [round.bundles.e03![2]!];
      await page.getByTestId('import-bundles').click();
      const frozen = page.getByTestId('import-refused');
      await frozen.waitFor({ timeout: 30_000 });
      expect(await frozen.textContent()).toContain(
        `申报 ${fixtureApplications[0].no} 的合议已开始，专家 张专家 新提交的评审意见包`,
      );
      expect(await page.getByTestId('member-e03').getAttribute('data-submitted')).toBe('2');
      await shot(page, 'leader-deliberation-import-refused');
      await page.getByTestId(`deliberate-${first}`).click();
      await page.getByTestId('score-matrix').waitFor();

      // Nobody marked 无需讨论: the form says skipping needs every mark, and sends nothing.
      await page.getByTestId('kind-skip-discussion').click();
      await page.getByTestId('record-save').click();
      expect(await page.getByTestId('record-problem').textContent()).toBe(
        '须每位未回避的成员都标注“无需讨论”，才能跳过讨论。',
      );

      // 偏离说明 from the warning itself: the form opens on that deviation.
      await page.getByTestId('explain-e04-total').click();
      expect(await page.getByTestId('explain-scope').inputValue()).toBe('e04\u0000total');
      await page.getByTestId('explain-text').fill('该专家认为其创新性论证不足，坚持原评分。');
      await page.getByTestId('record-save').click();
      await page.getByTestId('record-2').waitFor({ timeout: 30_000 });
      await record(page, 'discussion-note', 3, () =>
        page.getByTestId('note-text').fill('组员认为体系完整，对标数据偏少；陈专家意见保留。'),
      );
      // 记名表决: 1 for, 1 against, 1 abstaining: not passed.
      await record(
        page,
        'ballot',
        4,
        async () => {
          await page.getByTestId('ballot-proposal').selectOption('enter-defense');
          await page.getByTestId('vote-e01-for').check();
          await page.getByTestId('vote-e03-abstain').check();
          await page.getByTestId('vote-e04-against').check();
        },
        async () => {
          expect(await page.getByTestId('ballot-rule').textContent()).toBe(
            '第 1 轮表决 · 有表决权的成员 3 人 · 到会须达 2/3 · 赞成须达到会的 2/3（案卷包载明的本轮规则）',
          );
          await scrollTo(page, 'record-form');
          await shot(page, 'leader-deliberation-ballot-open-form');
        },
      );
      expect(await page.getByTestId('ballot-outcome-1').first().textContent()).toBe('未通过');
      // 入围答辩 after a failed vote: refused by main, in the catalogue's words, with 申报编号.
      await page.getByTestId('kind-decision').click();
      await page.getByTestId('decision-choice').selectOption('enter-defense');
      await page.getByTestId('record-save').click();
      const refused = page.getByTestId('record-refused');
      await refused.waitFor({ timeout: 30_000 });
      expect(await refused.textContent()).toContain(
        `申报 ${fixtureApplications[0].no}：合议结论与最后一次通过的表决不一致。`,
      );
      expect(await refused.textContent()).not.toMatch(/merge-|Error|\bat /);
      expect(await page.getByTestId('record-5').count()).toBe(0);
      await scrollTo(page, 'record-refused');
      await shot(page, 'leader-deliberation-refused');
      // 无记名表决, second round: the counts only.
      await record(
        page,
        'ballot',
        5,
        async () => {
          await page.getByTestId('ballot-mode').selectOption('secret');
          await page.getByTestId('count-for').fill('３');
          await page.getByTestId('count-against').fill('0');
        },
        async () => {
          await scrollTo(page, 'record-form');
          await shot(page, 'leader-deliberation-ballot-secret-form');
        },
      );
      expect(await page.getByTestId('ballot-outcome-2').first().textContent()).toBe('通过');
      expect(await page.getByTestId('ballot-count-2').first().textContent()).toContain(
        '赞成 3，反对 0，弃权 0',
      );
      await scrollTo(page, 'ballots');
      await shot(page, 'leader-deliberation-ballots');
      await record(page, 'dissent', 6, async () => {
        await page.getByTestId('dissent-expert').selectOption('e04');
        await page.getByTestId('dissent-reasons').fill('创新性论证不足，不同意入围。');
      });
      await record(
        page,
        'consensus',
        7,
        async () => {
          await page.getByTestId('consensus-score').fill('８４．５');
          await page.getByTestId('consensus-opinion').fill('体系完整，数据翔实，同意入围答辩。');
        },
        async () => {
          await scrollTo(page, 'record-form');
          await shot(page, 'leader-deliberation-consensus-form');
        },
      );
      await record(page, 'decision', 8, () =>
        page.getByTestId('decision-choice').selectOption('enter-defense'),
      );
      expect(await page.getByTestId('decision-shown').textContent()).toBe('结论：入围答辩');
      expect(await page.getByTestId('consensus-shown').textContent()).toBe(
        '体系完整，数据翔实，同意入围答辩。',
      );
      await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
      await shot(page, 'leader-deliberation-decided');

      // The third application: consensus and decision.
      await page.getByTestId('deliberation-back').click();
      await page.getByTestId(`deliberate-${third}`).click();
      await page.getByTestId('score-matrix').waitFor();
      await record(page, 'consensus', 9, async () => {
        await page.getByTestId('consensus-score').fill('82');
        await page.getByTestId('consensus-opinion').fill('同意入围答辩。');
      });
      await record(page, 'decision', 10, () =>
        page.getByTestId('decision-choice').selectOption('enter-defense'),
      );
      await page.getByTestId('deliberation-back').click();
      expect(await page.getByTestId(`dl-app-${first}`).getAttribute('data-state')).toBe('decided');

      // 导出组评审包: the confirmation, then main's dialog; the file verifies with no key.
      expect(await page.getByTestId('export-readiness').textContent()).toBe(
        '全部申报均已形成结论，可以导出。',
      );
      await page.getByTestId('export-group-bundle').click();
      await page.getByTestId('export-confirm').waitFor();
      expect(await page.getByTestId('export-confirm').textContent()).toContain('2 项申报');
      await scrollTo(page, 'export-confirm');
      await shot(page, 'leader-deliberation-export-confirm');
      await page.getByTestId('export-confirm-button').click();
      await page.getByTestId('export-done').waitFor({ timeout: 30_000 });
      const written = await readdir(out);
      expect(written).toHaveLength(1);
      expect(await page.getByTestId('export-done').textContent()).toContain(written[0]);
      await scrollTo(page, 'export-done');
      await shot(page, 'leader-deliberation-exported');
      const verified = verifyGroupBundle(new Uint8Array(await readFile(join(out, written[0]!))), {
        officeFingerprint,
      });
      expect(verified.header.groupId).toBe('g1');
      expect(verified.header.merger.fingerprint).toBe(leader.card.fingerprint);
      expect(verified.header.members.map((m) => `${m.expertId}-${m.sequence}`)).toEqual([
        'e01-1',
        'e03-1',
        'e03-2',
        'e04-1',
      ]);
      expect(await session.scanWritten()).toEqual([]);

      // 导出评审报告（Word）: the warning beside the button and in main's dialog; the reports of
      // the bundle just signed, read back: the opinion form names the consensus.
      expect(await page.getByTestId('reports-warning').textContent()).toContain('明文导出');
      await page.getByTestId('export-reports').click();
      await page.getByTestId('reports-done').waitFor({ timeout: 60_000 });
      expect(reportWarnings).toHaveLength(1);
      const [reportFolder] = await readdir(join(out, 'reports'));
      // Named as the leader's case names the round and the group, not by their ids.
      expect(reportFolder).toBe('评审报告-2026年资料评审-第一组');
      const reportFiles = await readdir(join(out, 'reports', reportFolder!));
      expect(await page.getByTestId('reports-done').textContent()).toContain(
        `${reportFolder}”文件夹中写出 ${reportFiles.length} 份报告`,
      );
      expect(reportFiles).toContain('评分汇总表-第一组.docx');
      const opinion = reportFiles.find((n) => n.startsWith('评审意见表-'))!;
      const { value: opinionText } = await mammoth.extractRawText({
        buffer: await readFile(join(out, 'reports', reportFolder!, opinion)),
      });
      expect(opinionText).toContain('同意入围答辩。');
      await scrollTo(page, 'reports-done');
      await shot(page, 'leader-deliberation-reports');
      // 报告导出记录: the export as the leader's journal recorded it (number, folder, files).
      expect(await page.getByTestId('reports-history').textContent()).toBe(
        `第 1 次：“${reportFolder}”，${reportFiles.length} 份（依据第 1 次导出的组评审包）`,
      );
      await scrollTo(page, 'reports-history');
      await shot(page, 'leader-deliberation-reports-history');

      // A reload forgets the renderer's copy: everything comes back from main's journal.
      await page.reload();
      await openDeliberation(page);
      await page.getByTestId(`deliberate-${first}`).click();
      await page.getByTestId('record-8').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('decision-shown').textContent()).toBe('结论：入围答辩');
      expect(await page.getByTestId('cell-e04-c1p1').getAttribute('data-changed')).toBe('true');
      await page.getByTestId('deliberation-back').click();
      expect(await page.getByTestId('export-done').textContent()).toContain(written[0]);

      // The stand-in: their own package, the second application chaired as 代行组长.
      const standIn = sealed.people.get('e04')!.identity;
      chooser.choice.packageFile = sealed.packageOf('e04');
      await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.close({})));
      await openPackageThroughApi(page, {
        fingerprint: standIn.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint,
      });
      await page.reload();
      await openDeliberation(page);
      await page.getByTestId(`dl-app-${second}`).waitFor({ timeout: 30_000 });
      expect(await page.getByTestId(`dl-app-${first}`).count()).toBe(0);
      picked.bundles = [round.bundles.e03![1]!, round.bundles.e04![0]!];
      await page.getByTestId('import-bundles').click();
      await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
      await page.getByTestId(`deliberate-${second}`).click();
      await page.getByTestId('stand-in-note').waitFor();
      expect(await page.getByTestId('chair-role').textContent()).toBe('代行组长');
      await shot(page, 'leader-deliberation-stand-in');

      // English is there too.
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByTestId('stand-in-note').getByText('stand-in').waitFor();
      await shot(page, 'leader-deliberation-en');
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    });

    it('goes on without a member only once a reason is recorded, then decides and exports', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const round = await sealForDeliberation(fixture, usb);
      const { sealed } = round;
      const officeFingerprint = sealed.office.card.fingerprint;
      const [first, , third] = round.applicationIds as [string, string, string];
      const leader = sealed.people.get('e01')!.identity;
      chooser.choice.packageFile = sealed.packageOf('e01');
      await openPackageThroughApi(page, {
        fingerprint: leader.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint,
      });
      await openDeliberation(page);
      await page.getByTestId('members-panel').waitFor({ timeout: 30_000 });
      picked.bundles = [round.bundles.e01![0]!, round.bundles.e03![1]!];
      await page.getByTestId('import-bundles').click();
      await page.getByTestId('import-done').waitFor({ timeout: 30_000 });

      // A decision while e04's review is missing and no reason is recorded: refused.
      await page.getByTestId(`deliberate-${first}`).click();
      await page.getByTestId('missing-e04').waitFor();
      await page.getByTestId('kind-decision').click();
      await page.getByTestId('record-save').click();
      const refused = page.getByTestId('record-refused');
      await refused.waitFor({ timeout: 30_000 });
      expect(await refused.textContent()).toContain(
        `申报 ${fixtureApplications[0].no}：缺少专家 陈专家 的评审意见，须先记录继续合议的理由。`,
      );
      await scrollTo(page, 'record-refused');
      await shot(page, 'leader-deliberation-absence-refused');

      // 不等待，记录理由: a reason is needed; then one absence per application chaired.
      await page.getByTestId('deliberation-back').click();
      await page.getByTestId('go-on').click();
      expect(await page.getByTestId('go-on-member').inputValue()).toBe('e04');
      await page.getByTestId('go-on-confirm').click();
      expect(await page.getByTestId('go-on-form').textContent()).toContain('请填写内容。');
      await page.getByTestId('go-on-reason').fill('因公出差，未能按期提交评审意见。');
      await page.getByTestId('go-on-confirm').click();
      await page.getByTestId('go-on-form').waitFor({ state: 'detached', timeout: 30_000 });
      expect(await page.getByTestId(`dl-app-${first}`).getAttribute('data-state')).toBe(
        'under-way',
      );
      expect(await page.getByTestId(`dl-app-${third}`).getAttribute('data-state')).toBe(
        'under-way',
      );

      await page.getByTestId(`deliberate-${first}`).click();
      expect(await page.getByTestId('missing-e04').textContent()).toContain(
        '已记录：未提交评审意见，因公出差，未能按期提交评审意见。',
      );
      await record(page, 'decision', 3, () =>
        page.getByTestId('decision-choice').selectOption('enter-defense'),
      );
      await scrollTo(page, 'missing');
      await shot(page, 'leader-deliberation-absence');
      await page.getByTestId('deliberation-back').click();
      await page.getByTestId(`deliberate-${third}`).click();
      await record(page, 'decision', 4, () =>
        page.getByTestId('decision-choice').selectOption('not-enter-defense'),
      );
      await page.getByTestId('deliberation-back').click();
      // The folder is the describe block's: the first test's bundle, offered under the same
      // name (合议包_…_第一组_第1次), may be there already; the dialog would replace it.
      await rm(out, { recursive: true, force: true });
      await page.getByTestId('export-group-bundle').click();
      await page.getByTestId('export-confirm-button').click();
      await page.getByTestId('export-done').waitFor({ timeout: 30_000 });
      const written = (await readdir(out)).filter((name) => name.endsWith('.qbbundle'));
      expect(written).toHaveLength(1);
      const file = written[0]!;
      const verified = verifyGroupBundle(new Uint8Array(await readFile(join(out, file))), {
        officeFingerprint,
      });
      expect(verified.header.members.map((m) => `${m.expertId}-${m.sequence}`)).toEqual([
        'e01-1',
        'e03-2',
      ]);
      expect(await session.scanWritten()).toEqual([]);
    });
  });
}
