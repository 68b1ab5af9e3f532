/**
 * The expert's review (issue 10, points 1 to 3 and 8) in Chromium under the production CSP with
 * the real core services: the office seals a round; the expert unlocks the identity kept on the
 * laptop and opens the package; on 评语与评分 the round's undertaking (from the package) must be
 * signed before anything else; a conflict is declared on one application with its type and
 * reason, and that application closes (its materials refused by main too); two applications are
 * scored and commented beside the reader, a full-width score is taken, a half-typed and an
 * out-of-range one are refused in words, each edit shown 已保存 once main has it on disk; the page
 * is reloaded and the package opened again, then the app locked and unlocked, and everything is
 * back from the journal. Submitted, the bundle verifies with the CLI and a flipped copy does not;
 * the office sealed the round with the leader in conflict with the second application and a
 * stand-in designated for it, and `qbreview bundle inspect` with each reader's own identity and
 * package shows the leader every section but that one, the stand-in that one alone, the chair all.
 * A chair who also leads a group (the whole round in the package) sees and submits only the
 * group's application; a vice-chair alone is told there is nothing to score. Screenshots of the
 * undertaking, the conflict declaration, the review screen, the progress (the expert's, the
 * chair's, the vice-chair's) and of a package sealed before roster statements refused at open,
 * at 1366×768 and 1093×615.
 *
 * Chromium runs with a profile that persists on disk, as a user's would (persistent-review-
 * session.ts): every folder the app and Chromium wrote, the profile's IndexedDB, Local and
 * Session Storage, Cache Storage, blobs and session files included, is scanned, mid-test and
 * after Chromium closed, for the materials' marker, the applicants' names, a comment the expert
 * typed and a score as typed in full width: the journal is encrypted, the form keeps no text in
 * the profile. A second test plants such a comment into the profile's storage from the page,
 * and the same scan finds it there: it can fail.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import { rewritePackage } from '../electron/core/desk/desk-fixtures';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { cli } from '../electron/cli/run-cli';
import { EXPERT_PASSPHRASE, sealForExpert } from './expert-desk-fixture';
import { CONFIDENTIAL_TEXTS, MATERIAL_MARKER, fixtureApplications } from './office-fixture';
import { persistentReviewPerTest, startPersistentRun } from './persistent-review-session';
import { answered, openPackageThroughApi } from './page-api';
import { screenshotsAt, SIZES, VIEWPORTS } from './screenshots';

/**
 * The folders the prepared export dialogs answer with: the review bundle (a USB stick for the
 * group leader) and the 评审意见表 (a deliberate plaintext export), made before the harness
 * points TMPDIR into the folders it scans, so the plaintext copy is not one of the app's files.
 */
const exportRoot = await mkdtemp(join(tmpdir(), 'qbr-e2e-review-exports-'));
afterAll(() => rm(exportRoot, { recursive: true, force: true }));

/** In a comment: the scan looks for the materials' marker, so it must never be found on disk. */
const COMMENT_MARKER = MATERIAL_MARKER;
/** A comment of the expert's own words on a criterion: never on disk in plaintext. */
const CRITERION_COMMENT = '科学性强，创新点明确，评语独有标记甲。';
/** A score as typed, in full width (the form takes it as 12.5). */
const TYPED_SCORE = '１２．５';
/** What the scan looks for after each test of the review. */
const REVIEW_TEXTS = [...CONFIDENTIAL_TEXTS, CRITERION_COMMENT, TYPED_SCORE];

type Window = { qbr: Api };
type Answer = { ok: boolean; value?: unknown; error?: { code: string; reason?: { code: string } } };

async function openReviewScreen(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '评审专家' }).click();
  await page.getByRole('navigation').getByRole('button', { name: '评语与评分' }).click();
}

/** Types into a field as a person does, key by key (the saver's debounce sees every change). */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill('');
  await field.pressSequentially(text);
}

const saved = (page: Page) =>
  page
    .getByTestId('scoring-form')
    .getByTestId('save-indicator')
    .filter({ hasText: /^已保存$/ });

for (const [size, viewport] of SIZES) {
  describe(`expert review at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const bundleFolder = join(exportRoot, size, 'usb');
    const opinionFolder = join(exportRoot, size, 'opinion');
    /** The names the bundle's save dialog offered, one per submission. */
    const offeredNames: string[] = [];
    /** Where the save dialog saves: the expert's USB stick, or another test's own folder. */
    const bundleTarget = { folder: bundleFolder };
    const reviewChooser = {
      chooseBundleFile: async (defaultName: string) => {
        offeredNames.push(defaultName);
        await mkdir(bundleTarget.folder, { recursive: true });
        return join(bundleTarget.folder, defaultName);
      },
      chooseOpinionFormFolder: async () => {
        await mkdir(opinionFolder, { recursive: true });
        return opinionFolder;
      },
    };
    const session = persistentReviewPerTest(
      viewport,
      { packageChooser: chooser, reviewChooser },
      REVIEW_TEXTS,
    );

    const shot = screenshotsAt(size);

    it('signs the undertaking, declares a conflict, scores two applications, and finds it all again after a reload', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture, { leaderConflict: true });
      chooser.choice.packageFile = sealed.packageFile;
      await openPackageThroughApi(page, {
        fingerprint: sealed.expert.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint: sealed.office.card.fingerprint,
      });
      const view = await answered<{
        applications: { id: string; applicationNo: string; materials: { id: string }[] }[];
      }>(page.evaluate(() => (window as unknown as Window).qbr.desk.view({})));
      const [first, second, third] = view.applications;

      // 保密承诺 first: the package's text, nothing else until it is signed.
      await openReviewScreen(page);
      const undertaking = page.getByTestId('undertaking');
      await undertaking.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('undertaking-text').textContent()).toContain('保密');
      expect(await page.getByTestId('review-progress').count()).toBe(0);
      expect(await page.getByTestId('undertaking-sign').isDisabled()).toBe(true);
      await shot(page, 'expert-review-undertaking');
      await page.getByTestId('undertaking-agree').check();
      await page.getByTestId('undertaking-sign').click();
      await page.getByTestId('review-progress').waitFor({ timeout: 30_000 });

      // 声明回避 on the third application: type and reason, signed; it closes.
      await page.getByTestId(`declare-${third!.id}`).click();
      const conflict = page.getByTestId('conflict-form');
      await page.getByTestId('conflict-kind').selectOption('other');
      expect(await page.getByTestId('conflict-declare').isDisabled()).toBe(true);
      await conflict.getByText('回避情形为“其他”时须说明理由。').waitFor();
      await page.getByTestId('conflict-reason').fill('本人曾参与该单位质量改进项目的咨询工作');
      await page.getByTestId('conflict-confirm').check();
      await shot(page, 'expert-review-conflict');
      await page.getByTestId('conflict-declare').click();
      await page
        .getByTestId(`progress-${third!.id}`)
        .and(page.locator('[data-state="conflict"]'))
        .waitFor({ timeout: 30_000 });
      expect(await page.getByTestId(`review-${third!.id}`).count()).toBe(0);
      // Main refuses its materials as well, whatever screen asks.
      const refused = (await page.evaluate(
        (materialId) => (window as unknown as Window).qbr.desk.readMaterial({ materialId }),
        third!.materials[0]!.id,
      )) as Answer;
      expect(refused.ok).toBe(false);
      expect(refused.error?.reason?.code).toBe('review-application-closed');

      // The first application: the reader and the form side by side.
      await page.getByTestId(`review-${first!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      await page.getByTestId('material-pane').or(page.locator('.word-page')).first().waitFor({
        timeout: 30_000,
      });
      // A half-typed full-width number: said, not saved.
      await typeInto(page, 'score-c1p1', '１２．');
      expect(await page.getByTestId('score-problem-c1p1').textContent()).toContain(
        '数字尚未输入完整',
      );
      // Finished, full width: taken.
      await page.getByTestId('score-c1p1').pressSequentially('５');
      expect(await page.getByTestId('score-problem-c1p1').count()).toBe(0);
      // Above the part's maximum: said why.
      await typeInto(page, 'score-c1p2', '16');
      expect(await page.getByTestId('score-problem-c1p2').textContent()).toBe(
        '得分不能超过本要点满分 15 分。未保存。',
      );
      // Nor is the "1" typed on the way to "16": the total counts the first part only.
      await saved(page).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('review-total').textContent()).toBe(
        '总分：尚有 5 个要点未打分（已评 12.5 分）',
      );
      await page.getByTestId('score-problem-c1p2').scrollIntoViewIfNeeded();
      await shot(page, 'expert-review-score-refused');
      await typeInto(page, 'score-c1p2', '13');
      // Enter moves on to the next score (not while an IME composes).
      await page.getByTestId('score-c1p2').press('Enter');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'score-c2p1',
      );
      for (const [part, score] of [
        ['c2p1', '14'],
        ['c2p2', '１１'],
        ['c3p1', '18'],
        ['c3p2', '17.5'],
      ] as const) {
        await typeInto(page, `score-${part}`, score);
      }
      await typeInto(page, 'comment-c1p1', `方法符合质量管理基本规律。${COMMENT_MARKER}`);
      await typeInto(page, 'comment-c1', CRITERION_COMMENT);
      await typeInto(page, 'overall-strengths', '体系完整，数据翔实。');
      await typeInto(page, 'overall-weaknesses', '对标数据不足。');
      await typeInto(page, 'overall-suggestions', '补充与行业标杆的对比。');
      await page.getByTestId('recommendation-recommend').check();
      await page.getByTestId('no-discussion').check();
      await saved(page).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('review-total').textContent()).toBe('总分 86 / 100');
      expect(await page.getByTestId('review-gaps').textContent()).toContain('本项评审已完成');
      await page.locator('.review-form-column').evaluate((el) => el.scrollTo(0, 0));
      await shot(page, 'expert-review-form');

      // The second application: some scores and a comment.
      await page.getByTestId('review-back').click();
      await page.getByTestId(`review-${second!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      await typeInto(page, 'score-c1p1', '９');
      await typeInto(page, 'overall-weaknesses', '数据不充分。');
      await saved(page).waitFor({ timeout: 10_000 });
      await page.getByTestId('review-back').click();
      const state = (id: string) => page.getByTestId(`progress-${id}`).getAttribute('data-state');
      expect(await state(first!.id)).toBe('complete');
      expect(await state(second!.id)).toBe('in-progress');
      expect(await page.getByTestId('progress-counts').textContent()).toBe(
        '共 3 项：未开始 0 · 进行中 1 · 已完成 1 · 已提交 0 · 已回避 1',
      );
      await shot(page, 'expert-review-progress');
      expect(await session.scanWritten()).toEqual([]);

      // Reload: the renderer forgets everything; the package closed and opened again in main.
      await page.reload();
      await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.close({})));
      await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.open({})));
      await openReviewScreen(page);
      await page.getByTestId('review-progress').waitFor({ timeout: 30_000 });
      expect(await state(first!.id)).toBe('complete');
      expect(await state(second!.id)).toBe('in-progress');
      expect(await state(third!.id)).toBe('conflict');
      await page.getByTestId(`review-${first!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      expect(await page.getByTestId('score-c1p1').inputValue()).toBe('12.5');
      expect(await page.getByTestId('score-c2p2').inputValue()).toBe('11');
      expect(await page.getByTestId('comment-c1p1').inputValue()).toBe(
        `方法符合质量管理基本规律。${COMMENT_MARKER}`,
      );
      expect(await page.getByTestId('overall-suggestions').inputValue()).toBe(
        '补充与行业标杆的对比。',
      );
      expect(await page.getByTestId('recommendation-recommend').isChecked()).toBe(true);
      expect(await page.getByTestId('no-discussion').isChecked()).toBe(true);
      expect(await page.getByTestId('review-total').textContent()).toBe('总分 86 / 100');
      expect(fixtureApplications.map((a) => a.no)).toContain(first!.applicationNo);

      // Locked (keys and journal let go in main) and unlocked again: the same, from disk.
      await answered(page.evaluate(() => (window as unknown as Window).qbr.lock.now({})));
      await answered(
        page.evaluate(
          (passphrase) => (window as unknown as Window).qbr.lock.resume({ passphrase }),
          EXPERT_PASSPHRASE,
        ),
      );
      await answered(
        page.evaluate(() => (window as unknown as Window).qbr.desk.open({ source: 'last-chosen' })),
      );
      await page.reload();
      await openReviewScreen(page);
      await page.getByTestId('review-progress').waitFor({ timeout: 30_000 });
      expect(await state(first!.id)).toBe('complete');
      expect(await state(second!.id)).toBe('in-progress');
      expect(await state(third!.id)).toBe('conflict');
      expect(await session.scanWritten()).toEqual([]);

      // 提交评审意见 waits for every open application: the one still in progress is named.
      const submit = page.getByTestId('review-submit-button');
      expect(await submit.isDisabled()).toBe(true);
      expect(await page.getByTestId('submit-readiness').textContent()).toContain(
        second!.applicationNo,
      );
      // The second application completed.
      await page.getByTestId(`review-${second!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      for (const [part, score] of [
        ['c1p2', '10'],
        ['c2p1', '12'],
        ['c2p2', '10'],
        ['c3p1', '15'],
        ['c3p2', '14'],
      ] as const) {
        await typeInto(page, `score-${part}`, score);
      }
      await typeInto(page, 'overall-strengths', '流程清晰。');
      await typeInto(page, 'overall-suggestions', '补充三年数据。');
      await page.getByTestId('recommendation-recommend').check();
      await saved(page).waitFor({ timeout: 10_000 });
      await page.getByTestId('review-back').click();
      expect(await state(second!.id)).toBe('complete');
      expect(await page.getByTestId('submit-readiness').textContent()).toBe(
        '全部申报已完成，可以提交。',
      );

      // The confirmation says what is signed and where the bundle goes, before anything is.
      await submit.click();
      const confirm = page.getByTestId('submit-confirm');
      await confirm.waitFor();
      const said = (await confirm.textContent()) ?? '';
      expect(said).toContain('保密承诺');
      expect(said).toContain('回避声明（1 项）');
      expect(said).toContain('2 项申报');
      expect(said).toContain('交给本组组长');
      await shot(page, 'expert-review-submit-confirm');
      await page.getByTestId('submit-confirm-button').click();
      const submitted = page.getByTestId('review-submitted');
      await submitted.getByText(/^已提交（第 1 次，.+\.qbbundle）/).waitFor({ timeout: 30_000 });
      expect(await state(first!.id)).toBe('submitted');
      expect(await state(second!.id)).toBe('submitted');
      expect(await state(third!.id)).toBe('conflict');
      expect(await page.getByTestId('submitted-as').first().textContent()).toBe('第 1 次提交');
      await shot(page, 'expert-review-submitted');

      // The bundle is in the folder chosen; the CLI verifies it with no key, and a copy with one
      // flipped byte fails.
      const bundles = (await readdir(bundleFolder)).filter((f) => f.endsWith('.qbbundle'));
      expect(bundles).toHaveLength(1);
      // Under the name the save dialog offered: words the expert recognises, no application's.
      expect(bundles).toEqual(offeredNames);
      expect(bundles[0]).toMatch(/^评审意见包_.*资料评审_张专家_第1次提交\.qbbundle$/);
      for (const app of fixtureApplications) expect(bundles[0]).not.toContain(app.name);
      expect(await submitted.textContent()).toContain(bundles[0]);
      const bundleFile = join(bundleFolder, bundles[0]!);
      const cliEnv = { QBREVIEW_STATE_DIR: join(exportRoot, size, 'cli-state') };
      const verified = await cli(['bundle', 'verify', bundleFile, '--json'], cliEnv);
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.json?.result).toMatchObject({ bundles: [{ sequence: 1 }] });
      const bytes = Buffer.from(await readFile(bundleFile));
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
      const flipped = join(exportRoot, size, 'flipped.qbbundle');
      await writeFile(flipped, bytes);
      const refusedCopy = await cli(['bundle', 'verify', flipped, '--json'], cliEnv);
      expect(refusedCopy.code).toBe(1);
      expect(refusedCopy.json?.error?.code).toMatch(/^bundle-/);

      // Who reads what (issue 10, point 4), each with their own identity and their own package,
      // as `qbreview bundle inspect` shows a reader: the leader, in conflict with the second
      // application, reads the first and the third but not the second; the stand-in the office
      // designated for the second reads it alone; the chair reads all three.
      const conflicted = sealed.leaderConflict!;
      expect(conflicted.applicationId).toBe(second!.id);
      const inspect = async (expertId: string) => {
        const person = sealed.people.get(expertId)!;
        const identityFile = join(exportRoot, size, `${expertId}.qbid`);
        await writeFile(identityFile, person.file);
        const args = [
          'bundle',
          'inspect',
          bundleFile,
          '--identity',
          identityFile,
          '--package',
          sealed.packageOf(expertId),
          '--office-fingerprint',
          sealed.office.card.fingerprint,
        ];
        const env = { ...cliEnv, QBREVIEW_PASSPHRASE: EXPERT_PASSPHRASE };
        const json = await cli([...args, '--json'], env);
        expect(json.code, `${expertId}: ${json.stderr}`).toBe(0);
        const result = json.json?.result as {
          reader: string;
          sections: { applicationId: string; outcome: { kind: string } }[];
          notForReader: number[];
        };
        expect(result.reader).toBe(person.identity.card.fingerprint);
        const words = await cli(args, env);
        expect(words.code, words.stderr).toBe(0);
        return {
          read: result.sections.map((x) => x.applicationId).sort(),
          kinds: new Map(result.sections.map((x) => [x.applicationId, x.outcome.kind])),
          closed: result.notForReader.length,
          said: words.stdout,
        };
      };
      const leader = await inspect('e01');
      expect(leader.read).toEqual([first!.id, third!.id].sort());
      expect(leader.kinds.get(third!.id)).toBe('conflict');
      expect(leader.closed).toBe(1);
      expect(leader.said).toContain('方法符合质量管理基本规律。');
      // Nothing the expert wrote on the second application reaches the conflicted leader.
      expect(leader.said).not.toContain('数据不充分。');
      expect(leader.said).not.toContain(`申报 ${second!.id}`);
      const standIn = await inspect(conflicted.standInId);
      expect(standIn.read).toEqual([second!.id]);
      expect(standIn.kinds.get(second!.id)).toBe('review');
      expect(standIn.closed).toBe(2);
      expect(standIn.said).toContain('数据不充分。');
      expect(standIn.said).not.toContain('方法符合质量管理基本规律。');
      const chair = await inspect('e09');
      expect(chair.read).toEqual([first!.id, second!.id, third!.id].sort());
      expect(chair.closed).toBe(0);
      expect(chair.said).toContain('数据不充分。');

      // Submitted: the form is read-only, and main refuses an edit too.
      await page.getByTestId(`review-${first!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      await page.getByTestId('review-read-only').waitFor();
      expect(await page.getByTestId('score-c1p1').isDisabled()).toBe(true);
      await page.getByTestId('review-back').click();

      // 修改后重新提交: reopened with the note, changed, submitted again as sequence 2.
      await page.getByTestId('review-reopen').click();
      expect(await page.getByTestId('reopen-confirm').textContent()).toContain('第 2 次');
      await page.getByTestId('reopen-confirm-button').click();
      await page.getByTestId('review-last-submitted').waitFor({ timeout: 30_000 });
      await page.getByTestId(`review-${first!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      expect(await page.getByTestId('score-c1p1').isDisabled()).toBe(false);
      await typeInto(page, 'overall-weaknesses', '对标数据不足，样本偏少。');
      await saved(page).waitFor({ timeout: 10_000 });
      await page.getByTestId('review-back').click();
      await page.getByTestId('review-submit-button').click();
      await page.getByTestId('submit-confirm-button').click();
      await submitted.getByText(/^已提交（第 2 次，.+\.qbbundle）/).waitFor({ timeout: 30_000 });
      const both = (await readdir(bundleFolder)).filter((f) => f.endsWith('.qbbundle'));
      expect(both).toHaveLength(2);
      const second2 = both.find((f) => f !== bundles[0])!;
      expect(second2).toMatch(/_第2次提交\.qbbundle$/);
      expect(offeredNames).toEqual([bundles[0], second2]);
      const resubmitted = await cli(
        ['bundle', 'verify', join(bundleFolder, second2), '--json'],
        cliEnv,
      );
      expect(resubmitted.code, resubmitted.stderr).toBe(0);
      expect(resubmitted.json?.result).toMatchObject({ bundles: [{ sequence: 2 }] });

      // 导出评审意见表（Word）: a warning first that it is a plaintext copy, then the file.
      await page.getByTestId(`export-${first!.id}`).click();
      const warning = page.getByTestId('export-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('未加密的 Word 明文副本');
      expect(await readdir(opinionFolder).catch(() => [])).toEqual([]);
      await shot(page, 'expert-review-export-warning');
      await page.getByTestId('export-confirm').click();
      await page.getByTestId('export-done').waitFor({ timeout: 30_000 });
      const forms = (await readdir(opinionFolder)).filter((f) => f.endsWith('.docx'));
      expect(forms).toHaveLength(1);
      expect(await page.getByTestId('export-done').textContent()).toContain(forms[0]);
      // A Word file (a zip), never the bundle's bytes.
      expect((await readFile(join(opinionFolder, forms[0]!))).subarray(0, 2).toString()).toBe('PK');
      expect(await session.scanWritten()).toEqual([]);
    });

    it('shows a chair who also leads a group only that group’s application, and only it as submitted', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture, { chairLeadsGroup: true });
      const chair = sealed.people.get('e09')!;
      await writeFile(
        join(fixture.appDataDir, 'identities', identityFileName(chair.identity.card.fingerprint)),
        chair.file,
      );
      chooser.choice.packageFile = sealed.packageOf('e09');
      bundleTarget.folder = join(exportRoot, size, 'usb-chair');
      offeredNames.length = 0;
      await openPackageThroughApi(page, {
        fingerprint: chair.identity.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint: sealed.office.card.fingerprint,
      });
      const view = await answered<{ applications: { id: string }[] }>(
        page.evaluate(() => (window as unknown as Window).qbr.desk.view({})),
      );
      // The chair's package holds the whole round; the chair's own group reviews the third.
      expect(view.applications).toHaveLength(3);
      const [first, second, own] = view.applications;
      await openReviewScreen(page);
      await page.getByTestId('undertaking').waitFor({ timeout: 30_000 });
      await page.getByTestId('undertaking-agree').check();
      await page.getByTestId('undertaking-sign').click();
      await page.getByTestId('review-progress').waitFor({ timeout: 30_000 });
      const rows = page.locator('[data-testid^="progress-"][data-state]');
      expect(await rows.count()).toBe(1);
      expect(await page.getByTestId(`progress-${own!.id}`).getAttribute('data-state')).toBe(
        'not-started',
      );
      expect(await page.getByTestId('progress-counts').textContent()).toBe(
        '共 1 项：未开始 1 · 进行中 0 · 已完成 0 · 已提交 0 · 已回避 0',
      );
      await shot(page, 'expert-review-chair-leads-progress');

      await page.getByTestId(`review-${own!.id}`).click();
      await page.getByTestId('application-review').waitFor();
      for (const [part, score] of [
        ['c1p1', '12'],
        ['c1p2', '13'],
        ['c2p1', '14'],
        ['c2p2', '11'],
        ['c3p1', '18'],
        ['c3p2', '17'],
      ] as const) {
        await typeInto(page, `score-${part}`, score);
      }
      await typeInto(page, 'overall-strengths', '改进经验系统。');
      await page.getByTestId('recommendation-recommend').check();
      await saved(page).waitFor({ timeout: 10_000 });
      await page.getByTestId('review-back').click();
      expect(await page.getByTestId('submit-readiness').textContent()).toBe(
        '全部申报已完成，可以提交。',
      );
      await page.getByTestId('review-submit-button').click();
      await page.getByTestId('submit-confirm-button').click();
      await page
        .getByTestId('review-submitted')
        .getByText(/^已提交（第 1 次，.+\.qbbundle）/)
        .waitFor({ timeout: 30_000 });
      // Submitted: the chair's one application, not the round's other two.
      expect(await rows.count()).toBe(1);
      expect(await page.getByTestId(`progress-${own!.id}`).getAttribute('data-state')).toBe(
        'submitted',
      );
      for (const other of [first!, second!]) {
        expect(await page.getByTestId(`progress-${other.id}`).count()).toBe(0);
      }
      expect(await page.getByTestId('progress-counts').textContent()).toBe(
        '共 1 项：未开始 0 · 进行中 0 · 已完成 0 · 已提交 1 · 已回避 0',
      );
      await shot(page, 'expert-review-chair-leads-submitted');
      const [file] = offeredNames;
      expect(file).toMatch(/_李主任_第1次提交\.qbbundle$/);
      const verified = await cli(['bundle', 'verify', join(bundleTarget.folder, file!), '--json'], {
        QBREVIEW_STATE_DIR: join(exportRoot, size, 'cli-state-chair'),
      });
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.json?.result).toMatchObject({ bundles: [{ sequence: 1, sections: 1 }] });
    });

    it('refuses a package sealed before roster statements at open, saying the office must seal it again', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      // The office's own package for the expert, as sealed before statements existed.
      const old = join(fixture.choices.outputFolder!, 'e03-before-statements.qbcase');
      await rewritePackage({
        from: sealed.packageFile,
        to: old,
        officeFingerprint: sealed.office.card.fingerprint,
        reader: sealed.expert,
        signer: sealed.office,
        recipients: [sealed.expert],
        edit: ({ rosterStatement: _statement, ...manifest }) => manifest,
      });
      chooser.choice.packageFile = old;
      await answered(
        page.evaluate((request) => (window as unknown as Window).qbr.identity.unlock(request), {
          fingerprint: sealed.expert.card.fingerprint,
          passphrase: EXPERT_PASSPHRASE,
        }),
      );
      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      const form = page.getByRole('form', { name: '开启案卷包' });
      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      await page
        .getByTestId('desk-unlock-error')
        .filter({ hasText: '请办公室重新封装（重新签发）此案卷包后再发给您。' })
        .waitFor({ timeout: 30_000 });
      const status = await answered<{ opened: unknown }>(
        page.evaluate(() => (window as unknown as Window).qbr.desk.status({})),
      );
      expect(status.opened).toBeNull();
      await shot(page, 'expert-review-package-without-roster');
    });

    it('tells a vice-chair alone that there is nothing to score', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      const vice = sealed.people.get('e10')!;
      await writeFile(
        join(fixture.appDataDir, 'identities', identityFileName(vice.identity.card.fingerprint)),
        vice.file,
      );
      chooser.choice.packageFile = sealed.packageOf('e10');
      await openPackageThroughApi(page, {
        fingerprint: vice.identity.card.fingerprint,
        passphrase: EXPERT_PASSPHRASE,
        officeFingerprint: sealed.office.card.fingerprint,
      });
      await openReviewScreen(page);
      await page.getByTestId('undertaking').waitFor({ timeout: 30_000 });
      await page.getByTestId('undertaking-agree').check();
      await page.getByTestId('undertaking-sign').click();
      await page.getByTestId('progress-no-seat').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid^="progress-"][data-state]').count()).toBe(0);
      expect(await page.getByTestId('review-submit-button').count()).toBe(0);
      await shot(page, 'expert-review-no-seat');
    });
  });
}

describe('the scan of the review’s persistent Chromium profile', () => {
  /** A distinct comment per place, as the expert might have typed it. */
  const planted = {
    localStorage: '评语植入泄漏甲：本地存储中的评语',
    sessionStorage: '评语植入泄漏乙：会话存储中的评语',
    indexedDb: '评语植入泄漏丙：索引数据库中的评语',
  } as const;

  it('finds a comment the page kept in Local Storage, Session Storage or IndexedDB', async () => {
    const run = await startPersistentRun(VIEWPORTS['1366x768']);
    try {
      await run.harness.page.evaluate(async (texts) => {
        localStorage.setItem('review-draft', `评语 ${texts.localStorage}`);
        sessionStorage.setItem('review-draft', `评语 ${texts.sessionStorage}`);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('planted-review', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('drafts');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('drafts', 'readwrite');
          transaction.objectStore('drafts').put(`评语 ${texts.indexedDb}`, 'c1');
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      }, planted);
      const findings = await run.closeAndScan(Object.values(planted));
      const profile = run.harness.userDataDir;
      const where = (text: string) =>
        findings.filter((f) => f.text === text).map((f) => f.file.slice(profile.length));
      expect(where(planted.localStorage).some((f) => /Local Storage\//.test(f))).toBe(true);
      expect(where(planted.sessionStorage).some((f) => /Session Storage\//.test(f))).toBe(true);
      expect(where(planted.indexedDb).some((f) => /IndexedDB\/.*\.leveldb\//.test(f))).toBe(true);
      for (const text of Object.values(planted)) {
        expect(
          findings.filter((f) => f.text === text).every((f) => f.file.startsWith(profile)),
        ).toBe(true);
      }
    } finally {
      await run.end();
    }
  });
});
