/**
 * The review chain end to end (issue 11, points 5 and 7) in Chromium under the production CSP
 * with the real core services, one laptop (an app data directory, a fresh browser context) per
 * person. The office seals a material round with two groups by its own core
 * (review-chain-fixture.ts). Three experts review in the app: e03 and e04 (第一组, two
 * applications each) and e06 (第二组, one): each unlocks, opens their package, signs the
 * undertaking, scores and comments every application, submits, and the bundle goes through the
 * app's save dialog onto the USB stick. The bundles of the two leaders (e01, e05) and of e07 are
 * written by the core (writeReviewBundle from their own packages), to keep the run short.
 * Each leader then imports the three bundles of their group in the app and deliberates: 第一组
 * with an open ballot (each member's vote), 第二组 with a secret ballot (the counts only); the
 * consensus and the decision; the group bundle exported through the app's save dialog.
 * Point 5: `qbreview merge --group` over the same review bundles with the records the app kept
 * gives the app's mergeDigest, and its group bundle opened by the chair has, section by section,
 * the same canonical JSON (merge, records, deliberation) as the app's.
 * Then the chair (e09) imports both group bundles in the app, sees the ranking, sets a quota,
 * sees the list and its cut, signs and exports the result bundle and the reports (read back with
 * mammoth); the office opens its workspace in the app, imports the result, publishes the notice,
 * takes in an objection in time and refuses a late one, investigates and refers it; the chair
 * signs the re-review in the app and the office takes it in; the office's 公示名单 and 异议处理记录
 * (no screen writes them yet) come from `qbreview report --office` and are read back.
 * Screenshots of every screen passed, at 1366×768 and 1093×615 (prefix chain-); after the chain
 * every folder the app, the core and Chromium wrote is scanned for the materials' marker and the
 * applicants' names.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGroupBundle, verifyGroupBundle } from '../../electron/core/merge';
import type { OpenedGroupBundle } from '../../electron/core/merge';
import { canonicalJson } from '../../shared/domain/canonical-json';
import type { AvailableDeliberation } from '../../shared/deliberation/deliberation-views';
import type { Api } from '../../shared/ipc/api';
import { cli } from '../electron/cli/run-cli';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { preparedFileChooser } from '../electron/core/office/prepared-file-chooser';
import { launchChromium, openHarness } from '../harness/transport';
import type { Harness } from '../harness/transport';
import { foldersMissingAPlantedLeak } from '../support/marker-documents';
import { plaintextFoundUnder } from '../support/plaintext-scan';
import {
  CONFIDENTIAL_TEXTS,
  MATERIAL_MARKER,
  OFFICE_PASSPHRASE,
  fixtureApplications,
} from './office-fixture';
import {
  CHAIN_GROUPS,
  CHAIN_PASSPHRASE,
  scoresAt,
  sealChainRound,
  writeCoreReviewBundle,
} from './review-chain-fixture';
import type { ChainRound } from './review-chain-fixture';
import { keepIdentityFile } from '../fixtures/round-identities';
import { answered, openPackageThroughApi } from './page-api';
import { expectNoSidewaysScroll, saveScreenshot, SIZES, VIEWPORTS } from './screenshots';

/** Each app-driven expert's share of every part's maximum, per application of their group. */
const APP_RATIOS: Readonly<Record<string, readonly number[]>> = {
  e03: [0.85, 0.8],
  e04: [0.8, 0.7],
  e06: [0.9],
};
/** The same for the bundles the core writes. */
const CORE_RATIOS: Readonly<Record<string, number>> = { e01: 0.9, e05: 0.85, e07: 0.8 };

type Window = { qbr: Api };

/** Types into a field as a person does, key by key (the saver's debounce sees every change). */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill('');
  await field.pressSequentially(text);
}

/**
 * The screen at both sizes: no sideways scroll, a PNG each; back to the larger size. With
 * `focus`, that element is scrolled into view at each size (the layout moves when it narrows).
 */
async function shot(page: Page, name: string, focus?: string): Promise<void> {
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    if (focus !== undefined) await page.getByTestId(focus).first().scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `${name} at ${size}`);
    await saveScreenshot(page, `chain-${size}-${name}`);
  }
  await page.setViewportSize(VIEWPORTS['1366x768']);
}

/** Everything the chain wrote, under one folder: the office, the laptops, the sticks, temp. */
const root = await mkdtemp(join(tmpdir(), 'qbr-e2e-chain-'));
const usb = join(root, 'usb');
const groupOut = join(root, 'group-bundles');
const cliDir = join(root, 'cli');
const resultOut = join(root, 'result');
/**
 * The reports' folder: a deliberate plaintext export (docs/security.md), so outside the folders
 * the scan covers, as the office fixture keeps its slips folder.
 */
const reportsRoot = await mkdtemp(join(tmpdir(), 'qbr-e2e-chain-reports-'));

describe('the review chain: experts, two groups, the CLI merge, the chair, the office', () => {
  let browser: Browser;
  let round: ChainRound;
  let previousTmp: string | undefined;
  /** Each person's review bundle on the stick, by expert id. */
  const reviewBundles = new Map<string, string>();
  /** What each group's leader's app kept and exported, by group id. */
  const deliberated = new Map<string, { state: AvailableDeliberation; groupBundle: string }>();
  /** Which bundles the leaders' import dialog answers next. */
  const picked: { bundles: readonly string[] } = { bundles: [] };
  /** The names the review bundle's save dialog offered. */
  const offeredNames: string[] = [];
  /** The warnings the reports' folder dialog showed. */
  const reportWarnings: string[] = [];
  /** The objection the office takes in, and its application (the chair re-reviews it). */
  const objection = { id: 'o001', applicationId: '' };
  /** The chair's result bundle, once exported. */
  const result = { file: '' };

  beforeAll(async () => {
    previousTmp = process.env.TMPDIR;
    // Temp files the core services write land where the scan looks.
    await mkdir(join(root, 'tmp'));
    process.env.TMPDIR = join(root, 'tmp');
    browser = await launchChromium(join(root, 'chromium'));
    round = await sealChainRound(join(root, 'office'), join(root, 'office', 'packages'));
  });

  afterAll(async () => {
    await browser?.close();
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    await rm(root, { recursive: true, force: true });
    await rm(reportsRoot, { recursive: true, force: true });
  });

  /** The office's app: its dialogs answer with the office's identity file and workspace. */
  async function officeLaptop(run: (page: Page) => Promise<void>): Promise<void> {
    const identityFile = join(root, 'office-identity', 'office.qbid');
    await mkdir(join(root, 'office-identity'), { recursive: true });
    await writeFile(identityFile, round.officeFile);
    const harness = await openHarness(browser, {
      viewport: VIEWPORTS['1366x768'],
      appDataDir: join(root, 'laptops', 'office'),
      fileChooser: preparedFileChooser({
        identityFile,
        workspace: round.workspace,
        outputFolder: join(root, 'office', 'packages'),
      }),
    });
    try {
      await harness.open();
      const { page } = harness;
      await page.getByRole('radio', { name: '办公室' }).click();
      await page.getByRole('button', { name: '受理申报' }).click();
      await page.getByLabel('办公室身份口令').fill(OFFICE_PASSPHRASE);
      await page.getByRole('button', { name: '打开已有案卷' }).click();
      await page.getByText('办公室指纹').waitFor({ timeout: 30_000 });
      await page.getByRole('navigation').getByRole('button', { name: '公示与异议' }).click();
      await page.getByRole('heading', { level: 2, name: '公示与异议' }).waitFor();
      await page.getByLabel('经办人').first().fill('王经办');
      await run(page);
      expect(harness.outsideRequests).toEqual([]);
      expect(harness.pageProblems).toEqual([]);
    } finally {
      await harness.close();
    }
  }

  /** The app on a person's laptop: their identity file kept there, their package unlocked. */
  async function laptop(expertId: string, run: (page: Page) => Promise<void>): Promise<void> {
    const person = round.people.get(expertId)!;
    const appDataDir = join(root, 'laptops', expertId);
    await keepIdentityFile(appDataDir, person);
    const harness: Harness = await openHarness(browser, {
      viewport: VIEWPORTS['1366x768'],
      appDataDir,
      committeeChooser: {
        chooseGroupBundles: async () => picked.bundles,
        chooseResultBundleFile: async (name) => {
          await mkdir(resultOut, { recursive: true });
          return join(resultOut, name);
        },
        chooseReReviewFile: async (name) => {
          await mkdir(resultOut, { recursive: true });
          return join(resultOut, name);
        },
        chooseReportFolder: async (warning) => {
          reportWarnings.push(warning.zh);
          return reportsRoot;
        },
      },
      packageChooser: preparedPackageChooser({ packageFile: round.packageOf(expertId) }),
      reviewChooser: {
        chooseBundleFile: async (defaultName) => {
          offeredNames.push(defaultName);
          await mkdir(usb, { recursive: true });
          return join(usb, defaultName);
        },
        chooseOpinionFormFolder: async () => null,
      },
      deliberationChooser: {
        chooseMemberBundles: async () => picked.bundles,
        chooseGroupBundleFile: async (defaultName) => {
          await mkdir(groupOut, { recursive: true });
          return join(groupOut, defaultName);
        },
      },
    });
    try {
      await harness.open();
      const { page } = harness;
      await openPackageThroughApi(page, {
        fingerprint: person.identity.card.fingerprint,
        passphrase: CHAIN_PASSPHRASE,
        officeFingerprint: round.office.card.fingerprint,
      });
      await run(page);
      expect(harness.outsideRequests).toEqual([]);
      expect(harness.pageProblems).toEqual([]);
    } finally {
      await harness.close();
    }
  }

  const applicationsOf = (groupId: string) =>
    CHAIN_GROUPS.find((g) => g.id === groupId)!.applications.map((i) => round.applicationIds[i]!);

  /** One expert's whole review in the app: undertaking, every application, submit, save. */
  async function reviewInApp(
    expertId: string,
    groupId: string,
    /** Screenshots of each screen, for the first expert only. */
    screenshots: boolean,
  ): Promise<void> {
    await laptop(expertId, async (page) => {
      const maybeShot = (name: string) => (screenshots ? shot(page, name) : Promise.resolve());
      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('navigation').getByRole('button', { name: '评语与评分' }).click();
      await page.getByTestId('undertaking').waitFor({ timeout: 30_000 });
      await maybeShot('expert-undertaking');
      await page.getByTestId('undertaking-agree').check();
      await page.getByTestId('undertaking-sign').click();
      await page.getByTestId('review-progress').waitFor({ timeout: 30_000 });
      await maybeShot('expert-progress');

      const applications = applicationsOf(groupId);
      for (const [index, applicationId] of applications.entries()) {
        await page.getByTestId(`review-${applicationId}`).click();
        await page.getByTestId('application-review').waitFor();
        const scores = scoresAt(round.rubric, APP_RATIOS[expertId]![index]!);
        for (const [part, score] of Object.entries(scores)) {
          await typeInto(page, `score-${part}`, String(score));
        }
        await typeInto(page, 'comment-c1', `方法科学，原理清楚（${expertId}）。`);
        await typeInto(page, 'overall-strengths', '体系完整，数据翔实。');
        await typeInto(page, 'overall-weaknesses', '对标数据偏少。');
        await typeInto(page, 'overall-suggestions', '补充与行业标杆的对比。');
        await page.getByTestId('recommendation-recommend').check();
        const total = Object.values(scores).reduce((a, b) => a + b, 0);
        await page
          .getByTestId('review-total')
          .filter({ hasText: `总分 ${total} / 100` })
          .waitFor({ timeout: 10_000 });
        await page
          .getByTestId('scoring-form')
          .getByTestId('save-indicator')
          .filter({ hasText: /^已保存$/ })
          .waitFor({ timeout: 10_000 });
        if (index === 0) {
          await page.locator('.review-form-column').evaluate((el) => el.scrollTo(0, 0));
          await maybeShot('expert-review-form');
        }
        await page.getByTestId('review-back').click();
        await page
          .getByTestId(`progress-${applicationId}`)
          .and(page.locator('[data-state="complete"]'))
          .waitFor({ timeout: 30_000 });
      }
      expect(await page.getByTestId('submit-readiness').textContent()).toBe(
        '全部申报已完成，可以提交。',
      );
      await page.getByTestId('review-submit-button').click();
      await page.getByTestId('submit-confirm').waitFor();
      expect(await page.getByTestId('submit-confirm').textContent()).toContain(
        `${applications.length} 项申报`,
      );
      await maybeShot('expert-submit-confirm');
      const before = offeredNames.length;
      await page.getByTestId('submit-confirm-button').click();
      await page
        .getByTestId('review-submitted')
        .getByText(/^已提交（第 1 次，.+\.qbbundle）/)
        .waitFor({ timeout: 30_000 });
      await maybeShot('expert-submitted');
      expect(offeredNames).toHaveLength(before + 1);
      const file = join(usb, offeredNames[before]!);
      expect((await readdir(usb)).includes(offeredNames[before]!)).toBe(true);
      reviewBundles.set(expertId, file);
    });
  }

  it('three experts review and submit in the app; the others’ bundles are written by the core', async () => {
    await reviewInApp('e03', 'g1', true);
    await reviewInApp('e04', 'g1', false);
    await reviewInApp('e06', 'g2', false);
    for (const [expertId, ratio] of Object.entries(CORE_RATIOS)) {
      reviewBundles.set(expertId, await writeCoreReviewBundle(round, expertId, ratio, usb));
    }
    expect([...reviewBundles.keys()].sort()).toEqual(['e01', 'e03', 'e04', 'e05', 'e06', 'e07']);
    // Each app-made bundle under a name its expert recognises, no applicant's.
    expect(
      offeredNames.map((n) => /_(\p{Script=Han}+)_第1次提交\.qbbundle$/u.exec(n)?.[1]),
    ).toEqual(['张专家', '陈专家', '杨专家']);
  });

  /** Chooses a kind of record, fills it with `fill`, saves, and waits for record number `n`. */
  async function record(
    page: Page,
    kind: string,
    n: number,
    fill: () => Promise<unknown>,
    filled?: () => Promise<unknown>,
  ): Promise<void> {
    await page.getByTestId(`kind-${kind}`).click();
    await fill();
    await filled?.();
    await page.getByTestId('record-save').click();
    await page.getByTestId(`record-${n}`).waitFor({ timeout: 30_000 });
  }

  /** The leader's import in the app: every member's bundle at once, everyone in. */
  async function importGroup(page: Page, memberIds: readonly string[], screenshots: boolean) {
    await page.getByRole('radio', { name: '专业组组长' }).click();
    await page.getByRole('navigation').getByRole('button', { name: '组内合议' }).click();
    await page.getByTestId('members-panel').waitFor({ timeout: 30_000 });
    if (screenshots) await shot(page, 'leader-empty');
    picked.bundles = memberIds.map((id) => reviewBundles.get(id)!);
    await page.getByTestId('import-bundles').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-done').textContent()).toBe(
      `已导入 ${memberIds.length} 个评审意见包。`,
    );
    expect(await page.getByTestId('members-all-in').count()).toBe(1);
    for (const id of memberIds) {
      expect(await page.getByTestId(`member-${id}`).getAttribute('data-submitted')).toBe('1');
    }
    if (screenshots) await shot(page, 'leader-members');
  }

  /** 导出组评审包: the confirmation, then main's dialog; what the app kept, read back. */
  async function exportGroup(page: Page, groupId: string, screenshots: boolean) {
    await page.getByTestId('deliberation-back').click();
    expect(await page.getByTestId('export-readiness').textContent()).toBe(
      '全部申报均已形成结论，可以导出。',
    );
    const before = await readdir(groupOut).catch(() => [] as string[]);
    await page.getByTestId('export-group-bundle').click();
    await page.getByTestId('export-confirm').waitFor();
    if (screenshots) await shot(page, 'leader-export-confirm', 'export-confirm');
    await page.getByTestId('export-confirm-button').click();
    await page.getByTestId('export-done').waitFor({ timeout: 30_000 });
    const written = (await readdir(groupOut)).filter((n) => !before.includes(n));
    expect(written).toHaveLength(1);
    expect(await page.getByTestId('export-done').textContent()).toContain(written[0]);
    if (screenshots) await shot(page, 'leader-exported', 'export-done');
    const state = await answered<AvailableDeliberation>(
      page.evaluate(() => (window as unknown as Window).qbr.deliberation.state({})),
    );
    expect(state.available).toBe(true);
    expect(state.group.id).toBe(groupId);
    expect(state.exports).toHaveLength(1);
    deliberated.set(groupId, { state, groupBundle: join(groupOut, written[0]!) });
  }

  it('第一组: the leader imports the bundles, votes openly, agrees and decides, exports the group bundle', async () => {
    expect(reviewBundles.size, 'the experts’ test ran first').toBe(6);
    const [first, second] = applicationsOf('g1') as [string, string];
    await laptop('e01', async (page) => {
      await importGroup(page, ['e01', 'e03', 'e04'], true);
      await page.getByTestId(`deliberate-${first}`).click();
      await page.getByTestId('score-matrix').waitFor();
      expect(await page.getByTestId('comments-e03').textContent()).toContain('（e03）');
      await shot(page, 'leader-matrix');
      // 记名表决: each member's vote.
      await record(
        page,
        'ballot',
        1,
        async () => {
          await page.getByTestId('ballot-proposal').selectOption('enter-defense');
          await page.getByTestId('ballot-mode').selectOption('open');
          for (const id of ['e01', 'e03', 'e04']) await page.getByTestId(`vote-${id}-for`).check();
        },
        () => shot(page, 'leader-ballot-open-form', 'record-save'),
      );
      expect(await page.getByTestId('ballot-outcome-1').first().textContent()).toBe('通过');
      await record(page, 'consensus', 2, async () => {
        await page.getByTestId('consensus-score').fill('85.5');
        await page.getByTestId('consensus-opinion').fill('体系完整，数据翔实，同意入围答辩。');
      });
      await record(page, 'decision', 3, () =>
        page.getByTestId('decision-choice').selectOption('enter-defense'),
      );
      expect(await page.getByTestId('decision-shown').textContent()).toBe('结论：入围答辩');
      await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
      await shot(page, 'leader-decided');

      // The second application: consensus and decision, no vote.
      await page.getByTestId('deliberation-back').click();
      await page.getByTestId(`deliberate-${second}`).click();
      await page.getByTestId('score-matrix').waitFor();
      await record(page, 'consensus', 4, async () => {
        await page.getByTestId('consensus-score').fill('78');
        await page.getByTestId('consensus-opinion').fill('特色不够突出，不入围答辩。');
      });
      await record(page, 'decision', 5, () =>
        page.getByTestId('decision-choice').selectOption('not-enter-defense'),
      );
      await exportGroup(page, 'g1', true);
    });
  });

  it('第二组: the leader imports the bundles, votes by secret ballot, agrees and decides, exports the group bundle', async () => {
    expect(reviewBundles.size, 'the experts’ test ran first').toBe(6);
    const [only] = applicationsOf('g2') as [string];
    await laptop('e05', async (page) => {
      await importGroup(page, ['e05', 'e06', 'e07'], false);
      await page.getByTestId(`deliberate-${only}`).click();
      await page.getByTestId('score-matrix').waitFor();
      // 无记名表决: the counts only, as from paper ballots.
      await record(
        page,
        'ballot',
        1,
        async () => {
          await page.getByTestId('ballot-proposal').selectOption('enter-defense');
          await page.getByTestId('ballot-mode').selectOption('secret');
          await page.getByTestId('count-for').fill('2');
          await page.getByTestId('count-against').fill('0');
          await page.getByTestId('count-abstain').fill('1');
        },
        () => shot(page, 'leader-ballot-secret-form', 'record-save'),
      );
      expect(await page.getByTestId('ballot-outcome-1').first().textContent()).toBe('通过');
      expect(await page.getByTestId('ballot-count-1').first().textContent()).toContain(
        '赞成 2，反对 0，弃权 1',
      );
      await record(page, 'consensus', 2, async () => {
        await page.getByTestId('consensus-score').fill('87');
        await page.getByTestId('consensus-opinion').fill('经验可复制推广，同意入围答辩。');
      });
      await record(page, 'decision', 3, () =>
        page.getByTestId('decision-choice').selectOption('enter-defense'),
      );
      await shot(page, 'leader-ballots-secret', 'ballots');
      await exportGroup(page, 'g2', false);
    });
  });

  /**
   * A group bundle opened by the chair: each section's canonical JSON, by application id (the
   * writer places sections at random among the round's slots, so their order is no part of the
   * result).
   */
  async function sectionsAsChair(file: string): Promise<string[]> {
    const verified = verifyGroupBundle(new Uint8Array(await readFile(file)), {
      officeFingerprint: round.office.card.fingerprint,
    });
    const opened: OpenedGroupBundle = await openGroupBundle(
      verified,
      round.people.get('e09')!.identity,
      { rubric: round.rubric, roundKind: 'material' },
    );
    expect(opened.notForReader).toEqual([]);
    const byApplication = [...opened.sections].sort((a, b) =>
      a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
    );
    return byApplication.map((s) =>
      canonicalJson({
        applicationId: s.applicationId,
        chair: s.chair,
        readers: s.readers,
        members: s.members,
        merge: s.merge,
        records: s.records,
        rule: s.rule,
        deliberation: s.deliberation,
      }),
    );
  }

  it('qbreview merge --group over the same bundles and records gives the app’s canonical result, byte for byte', async () => {
    expect(deliberated.size, 'both leaders’ tests ran first').toBe(2);
    await mkdir(cliDir, { recursive: true });
    for (const group of CHAIN_GROUPS) {
      const { state, groupBundle } = deliberated.get(group.id)!;
      // The app's digest is the merge's canonical JSON's, as it shows the merge.
      expect(createHash('sha256').update(canonicalJson(state.merge), 'utf8').digest('hex')).toBe(
        state.mergeDigest,
      );
      expect(state.exports[0]!.mergeDigest).toBe(state.mergeDigest);
      const leader = round.people.get(group.leaderId)!;
      const identityFile = join(cliDir, `${group.leaderId}.qbid`);
      await writeFile(identityFile, leader.file);
      const recordsFile = join(cliDir, `${group.id}-records.json`);
      await writeFile(recordsFile, JSON.stringify(state.records.map((e) => e.record)));
      const out = join(cliDir, `${group.id}.qbbundle`);
      const bundles = [group.leaderId, ...group.memberIds].map((id) => reviewBundles.get(id)!);
      const merged = await cli(
        [
          'merge',
          '--group',
          // Another order than the app's import: the merge does not depend on it.
          ...bundles.reverse(),
          '--identity',
          identityFile,
          '--package',
          round.packageOf(group.leaderId),
          '--office-fingerprint',
          round.office.card.fingerprint,
          '--sequence',
          '1',
          '--records',
          recordsFile,
          '--out',
          out,
          '--json',
        ],
        {
          QBREVIEW_STATE_DIR: join(cliDir, `${group.id}-state`),
          QBREVIEW_PASSPHRASE: CHAIN_PASSPHRASE,
        },
      );
      expect(merged.code, merged.stderr).toBe(0);
      const result = merged.json?.result as {
        groupId: string;
        mergeDigest: string;
        applications: { applicationId: string; decision: string | null }[];
      };
      expect(result.groupId).toBe(group.id);
      expect(result.mergeDigest).toBe(state.mergeDigest);
      expect(result.applications.map((a) => a.decision)).toEqual(
        state.deliberation.map((d) => d.decision),
      );
      // Each section as the chair opens it: the same canonical JSON from the app and the CLI.
      const fromApp = await sectionsAsChair(groupBundle);
      const fromCli = await sectionsAsChair(out);
      expect(fromApp).toHaveLength(group.applications.length);
      expect(fromCli).toEqual(fromApp);
      // And what the app showed its leader is what the bundle carries.
      const shown = [...state.deliberation].sort((a, b) =>
        a.applicationId < b.applicationId ? -1 : 1,
      );
      expect(fromApp.map((s) => JSON.parse(s).deliberation)).toEqual(
        JSON.parse(canonicalJson(shown)),
      );
    }
    expect(deliberated.get('g1')!.state.deliberation.map((d) => d.decision)).toEqual([
      'enter-defense',
      'not-enter-defense',
    ]);
  });

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation').getByRole('button', { name }).click();

  it('the chair imports both group bundles, sees the ranking, forms the list, exports the result bundle and the reports', async () => {
    expect(deliberated.size, 'both leaders’ tests ran first').toBe(2);
    await laptop('e09', async (page) => {
      await page.getByRole('radio', { name: '主任委员' }).click();
      await nav(page, '汇总排名');
      await page.getByTestId('committee-summary').waitFor({ timeout: 30_000 });
      await shot(page, 'chair-summary-empty');
      picked.bundles = CHAIN_GROUPS.map((g) => deliberated.get(g.id)!.groupBundle);
      await page.getByTestId('committee-import').click();
      await page.getByTestId('committee-ranking-raw').waitFor({ timeout: 30_000 });
      const raw = await page
        .getByTestId('committee-ranking-raw')
        .locator('tbody tr')
        .allTextContents();
      expect(raw).toHaveLength(3);
      expect(raw[2]).toContain(fixtureApplications[1].no);
      expect(await page.getByTestId('committee-group-g1').textContent()).toContain('张专家');
      expect(await page.getByTestId('committee-group-g2').textContent()).toContain('杨专家');
      await shot(page, 'chair-summary-ranking');
      await shot(page, 'chair-summary-applications', 'committee-applications');

      // 名单管理: the groups' decisions, a quota of two.
      await nav(page, '名单管理');
      await page.getByTestId('committee-lists').waitFor();
      await page.getByTestId('committee-quota').fill('2');
      await page.getByTestId('committee-save-settings').click();
      await page
        .getByTestId('committee-list-rule')
        .filter({ hasText: '2' })
        .waitFor({ timeout: 30_000 });
      const listed = await page
        .getByTestId('committee-list-entries')
        .locator('tbody tr')
        .allTextContents();
      expect(listed).toHaveLength(2);
      expect(listed.join()).not.toContain(fixtureApplications[1].no);
      expect(await page.getByTestId('committee-list-cuts').textContent()).toContain(
        fixtureApplications[1].no,
      );
      await shot(page, 'chair-lists');

      await page.getByTestId('committee-export-result').click();
      await page.getByTestId('committee-result-done').waitFor({ timeout: 30_000 });
      await page.getByTestId('committee-export-reports').click();
      await page.getByTestId('committee-reports-done').waitFor({ timeout: 60_000 });
      expect(reportWarnings.at(-1)).toContain('明文');
      await shot(page, 'chair-lists-exported', 'committee-reports-done');
    });
    const results = (await readdir(resultOut)).filter((n) => n.endsWith('.qbbundle'));
    expect(results).toHaveLength(1);
    result.file = join(resultOut, results[0]!);

    // The reports read back: the list holds the two shortlisted; each group's summary; the votes.
    const [folder] = await readdir(reportsRoot);
    const files = await readdir(join(reportsRoot, folder!));
    const text = async (name: string) =>
      (await mammoth.extractRawText({ buffer: await readFile(join(reportsRoot, folder!, name)) }))
        .value;
    const list = await text('入围答辩名单.docx');
    expect(list).toContain(fixtureApplications[0].name);
    expect(list).toContain(fixtureApplications[2].name);
    const summaries = files.filter((f) => f.startsWith('评分汇总表'));
    expect(summaries).toHaveLength(2);
    expect(await text(summaries[0]!)).toContain('评分汇总表');
    const votes = files.filter((f) => f.startsWith('投票记录'));
    expect(votes.length).toBeGreaterThan(0);
    expect((await Promise.all(votes.map(text))).join()).toContain('无记名');
  });

  it('the office imports the result, publishes the notice, takes in an objection in time and refuses a late one', async () => {
    expect(result.file, 'the chair’s test ran first').not.toBe('');
    await officeLaptop(async (page) => {
      await page.getByRole('tab', { name: '评审结果与答辩' }).click();
      // The picker opens once the screen has the record and the handler (经办人).
      const picker = page.getByRole('button', { name: '选择结果包…' });
      await expect.poll(() => picker.isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.getByTestId('result-input').setInputFiles(result.file);
      const imported = page.getByTestId('result-material');
      const refused = page.getByTestId('followup-error');
      await imported.or(refused).first().waitFor({ timeout: 60_000 });
      expect(await refused.count(), (await refused.allTextContents()).join()).toBe(0);
      expect(await imported.locator('tbody tr').count()).toBe(2);
      expect(await imported.textContent()).toContain('李主任');
      await shot(page, 'office-result-imported');

      await page.getByRole('tab', { name: '公示名单' }).click();
      await page.getByLabel('公示开始日期').first().fill('2026年9月28日');
      await page.getByRole('button', { name: '发布公示' }).click();
      await page
        .getByRole('heading', { name: /公示名单：\d+ 项，2026年9月28日 起，2026年10月15日 届满/ })
        .waitFor({ timeout: 30_000 });
      await shot(page, 'office-notice-published');

      await page.getByRole('tab', { name: '异议' }).click();
      const receive = page.getByRole('form', { name: '受理异议' });
      await receive.getByLabel('被异议的申报经验').selectOption({ index: 0 });
      objection.applicationId = await receive.getByLabel('被异议的申报经验').inputValue();
      await receive.getByLabel('收到日期').fill('2026年10月15日');
      await receive.getByLabel('异议人').fill('李某');
      await receive.getByLabel('单位').fill('某机械制造公司');
      await receive.getByLabel('联系方式').fill('010-68000000');
      await receive.getByLabel('异议内容').fill('申报材料中的质量损失率数据与企业年报不符。');
      await receive.getByLabel('所附证据').fill('2025年年度报告第12页复印件');
      await receive.getByRole('button', { name: '受理' }).click();
      const table = page.getByTestId('objections-table');
      await table.waitFor({ timeout: 30_000 });
      expect(await table.textContent()).toContain('已受理');
      // A late one: refused, with the day received and the period's last day.
      await receive.getByLabel('收到日期').fill('2026年10月16日');
      await receive.getByLabel('异议人').fill('张某');
      await receive.getByLabel('异议内容').fill('逾期提出的异议。');
      await receive.getByRole('button', { name: '受理' }).click();
      const late = page.getByTestId('followup-error');
      await late.waitFor({ timeout: 30_000 });
      expect(await late.textContent()).toContain('异议逾期，不予受理');
      await shot(page, 'office-objection-late', 'followup-error');
      // Investigated and referred to the committee.
      const investigate = page.getByRole('form', { name: `${objection.id} 调查核实` });
      await investigate.getByLabel('日期').fill('2026年10月16日');
      await investigate.getByLabel('调查核实情况').fill('经核对企业年报，数据口径不同，并无错误。');
      await investigate.getByRole('button', { name: '记录' }).click();
      const refer = page.getByRole('form', { name: `${objection.id} 报评审委员会审议` });
      await refer.getByLabel('日期').fill('2026年10月17日');
      await refer.getByRole('button', { name: '记录' }).click();
      await page
        .getByRole('form', { name: `${objection.id} 评审委员会审议结果` })
        .waitFor({ timeout: 30_000 });
      await shot(page, 'office-objection-referred', 'objections-table');
    });
  });

  it('the chair signs the re-review, and the office takes it in as the objection’s outcome', async () => {
    expect(objection.applicationId, 'the office’s test ran first').not.toBe('');
    await laptop('e09', async (page) => {
      await page.getByRole('radio', { name: '主任委员' }).click();
      await nav(page, '异议复审');
      await page.getByTestId('committee-objection-result').waitFor({ timeout: 30_000 });
      await page.getByTestId('committee-objection-id').fill(objection.id);
      await page
        .getByTestId('committee-objection-application')
        .selectOption(objection.applicationId);
      await page.getByTestId('committee-outcome-objection-rejected').check();
      await page
        .getByTestId('committee-objection-opinion')
        .fill('经复核，异议所述情况与事实不符。');
      await shot(page, 'chair-objection-filled');
      await page.getByTestId('committee-objection-sign').click();
      await page.getByTestId('committee-objection-done').waitFor({ timeout: 30_000 });
      await shot(page, 'chair-objection-signed');
    });
    const act = join(resultOut, `${objection.id}.qbrereview`);
    await officeLaptop(async (page) => {
      await page.getByRole('tab', { name: '异议' }).click();
      const picker = page.getByRole('button', { name: '或导入签署的复核文件…' });
      await expect.poll(() => picker.isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.getByTestId(`re-review-input-${objection.id}`).setInputFiles(act);
      const table = page.getByTestId('objections-table');
      await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain('异议不成立');
      await shot(page, 'office-objection-re-reviewed', 'objections-table');
    });

    // The office's reports from its record (no screen writes them yet: qbreview report
    // --office), read back: the notice without the group's rejected application, the objection
    // with its evidence and the committee's outcome.
    const officeOut = join(reportsRoot, 'office');
    await mkdir(officeOut, { recursive: true });
    const written = await cli(
      [
        'report',
        '--office',
        round.workspace,
        '--out',
        officeOut,
        '--identity',
        join(root, 'office-identity', 'office.qbid'),
        '--json',
      ],
      { QBREVIEW_PASSPHRASE: OFFICE_PASSPHRASE, QBREVIEW_STATE_DIR: join(cliDir, 'office-state') },
    );
    expect(written.code, written.stdout + written.stderr).toBe(0);
    const { folder, files } = written.json?.result as { folder: string; files: string[] };
    expect(files).toEqual(expect.arrayContaining(['公示名单.docx', '异议处理记录.docx']));
    const text = async (name: string) =>
      (await mammoth.extractRawText({ buffer: await readFile(join(officeOut, folder, name)) }))
        .value;
    const notice = await text('公示名单.docx');
    expect(notice).toContain(fixtureApplications[0].no);
    expect(notice).toContain(fixtureApplications[2].no);
    expect(notice).not.toContain(fixtureApplications[1].no);
    expect(notice).not.toContain('得分');
    const objections = await text('异议处理记录.docx');
    expect(objections).toContain('申报材料中的质量损失率数据与企业年报不符。');
    expect(objections).toContain('2025年年度报告第12页复印件');
    expect(objections).toContain('经复核，异议所述情况与事实不符。');
  });

  it('left nothing confidential in plaintext in any folder the app, the core or Chromium wrote', async () => {
    const scan = (texts: readonly string[]) => plaintextFoundUnder([root], texts);
    expect(await scan(CONFIDENTIAL_TEXTS)).toEqual([]);
    // The same scan finds a leak planted in each folder the chain wrote: it can fail.
    const written = ['office', 'laptops', 'tmp', 'chromium', 'usb', 'group-bundles', 'result'];
    const missed = await foldersMissingAPlantedLeak(
      written.map((folder) => join(root, folder)),
      MATERIAL_MARKER,
      scan,
    );
    expect(missed).toEqual([]);
  });
});
