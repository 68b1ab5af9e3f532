/**
 * The office's follow-up through the one validating dispatch over the real core: a real material
 * round of two groups sealed by the office's code, the chair's result bundle made by the
 * committee's own code (quota 3 of the round's four, so one is cut). The office opens its sealed
 * workspace with its identity file; followup:importResult answers with the new overview and what
 * the screen shows of the opened merge: the list, every cut with its reason and figures, the raw
 * ranking with its ties, tied to the recorded SHA-256. A flipped byte is refused with its code
 * and records nothing; a request without a handler never reaches the core.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCommitteeMerge, writeResultBundle } from '../../../electron/core/committee';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { createCoreServices } from '../../../electron/core/services';
import { createFileJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import { OFFICE_REPORT_PLAINTEXT_WARNING } from '../../../electron/core/report/office-report-files';
import type { PlaintextWarning } from '../../../electron/core/report/report-export-chooser';
import type { ResultDetailView } from '../../../shared/office/followup/result-detail-view';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { committeeRound } from '../core/committee/committee-round';
import { cli } from '../cli/run-cli';
import { refusal, valueOf } from '../core/deliberation/leader-laptop';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { STRONG } from '../core/office/office-fixtures';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';

const scratch = await mkdtemp(join(tmpdir(), 'qb-followup-ipc-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await committeeRound(join(scratch, 'round'));
const vice = round.identity('e10');
const viceManifest = round.manifests.get('e10')!;
const prepared = await prepareCommitteeMerge({
  identity: vice,
  manifest: viceManifest,
  bundles: [await round.groupBundle('e01'), await round.groupBundle('e04')],
  settings: { quota: 3, scoreLine: null, basis: 'raw', exclusions: [] },
});
const result = await writeResultBundle({
  identity: vice,
  roster: viceManifest.rosterStatement!,
  sequence: 1,
  merge: prepared.merge,
  groupBundles: prepared.groupBundles,
  readersOf: prepared.readersOf,
  mergeReaders: prepared.mergeReaders,
});

/** Where the save dialog answers: a path, or null (cancelled). */
const saveTo: { path: string | null } = { path: null };
/** Where the reports' folder dialog answers, and the warnings it was shown. */
const reportsTo: { path: string | null; warnings: PlaintextWarning[] } = {
  path: null,
  warnings: [],
};

async function officeLaptop() {
  const dataDir = join(scratch, 'office-laptop');
  await mkdir(dataDir, { recursive: true });
  const identityFile = join(dataDir, 'office.qbid');
  await writeFile(identityFile, await encodeIdentityFile(round.office, STRONG, 10));
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    identities: preparedIdentities(join(dataDir, 'identities')),
    followUpChooser: {
      chooseFollowUpFile: async () => saveTo.path,
      chooseReportFolder: async (warning) => {
        reportsTo.warnings.push(warning);
        return reportsTo.path;
      },
    },
    fileChooser: preparedFileChooser({
      identityFile,
      workspace: join(scratch, 'round', '2026.qboffice'),
    }),
  });
  const dispatch = createDispatch(createHandlers(services));
  valueOf(await dispatch('office:open', { passphrase: STRONG }));
  return dispatch;
}

describe('followup:importResult through the dispatch', () => {
  it('records the result and answers with its list, cuts and ranking', async () => {
    const dispatch = await officeLaptop();
    const file = { name: 'result.qbbundle', bytes: result };

    expect(
      refusal(await dispatch('followup:importResult', { roundId: 'material', file }))?.code,
    ).toBe('invalid-input');
    const flipped = Uint8Array.from(result);
    flipped[flipped.length - 40]! ^= 1;
    const refused = refusal(
      await dispatch('followup:importResult', {
        roundId: 'material',
        file: { name: 'result.qbbundle', bytes: flipped },
        handler: '王经办',
      }),
    );
    expect(refused?.code).toMatch(/^result-bundle-/);
    const before = valueOf<OfficeOverview>(await dispatch('office:overview', {}));
    expect(followUpState(before.record.followUp).results).toEqual({});

    const answer = valueOf<{ overview: OfficeOverview; result: ResultDetailView }>(
      await dispatch('followup:importResult', { roundId: 'material', file, handler: '王经办' }),
    );
    const recorded = followUpState(answer.overview.record.followUp).results['material']!;
    const merge = prepared.merge;
    expect(answer.result.roundId).toBe('material');
    expect(answer.result.resultDigest).toBe(recorded.resultDigest);
    expect(recorded.applicationIds).toEqual(merge.list.entries.map((e) => e.applicationId));
    expect(answer.result.list.entries).toHaveLength(3);
    expect(answer.result.list).toEqual(merge.list);
    // The round's four: three on the list, the fourth cut beyond the quota, with its place.
    expect(answer.result.list.cuts).toEqual([
      expect.objectContaining({ reason: 'quota', position: 4, quota: 3 }),
    ]);
    expect(answer.result.ranking).toEqual(merge.ranking.raw);
    expect(answer.result.ranking.order.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    expect(answer.result.tieBreakCriteria).toEqual(merge.ranking.tieBreakCriteria);
    expect(answer.result.unscored).toEqual([]);
  }, 180_000);

  it('exports the signed record where the office chose, never over a file', async () => {
    const dispatch = await officeLaptop();
    const out = join(scratch, 'usb-export');
    await mkdir(out, { recursive: true });
    saveTo.path = null;
    expect(valueOf(await dispatch('followup:exportRecord', {}))).toBeNull();
    expect(await readdir(out)).toEqual([]);

    saveTo.path = join(out, '后续工作记录.json');
    expect(valueOf(await dispatch('followup:exportRecord', {}))).toEqual({
      fileName: '后续工作记录.json',
    });
    expect(await readdir(out)).toEqual(['后续工作记录.json']);
    const verified = await cli(
      [
        'followup',
        'verify',
        saveTo.path,
        '--office-fingerprint',
        round.office.card.fingerprint,
        '--json',
      ],
      {},
    );
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.json!.result).toMatchObject({ valid: true, year: 2026 });

    // The same name again: refused with its code, the first file as it was, no temp left.
    const first = await readFile(saveTo.path);
    expect(refusal(await dispatch('followup:exportRecord', {}))?.code).toBe(
      'followup-export-file-exists',
    );
    expect(await readFile(saveTo.path)).toEqual(first);
    expect(await readdir(out)).toEqual(['后续工作记录.json']);
  }, 120_000);
  it('opens the imported result again after a restart, and records the same file once', async () => {
    // A new laptop session over the same workspace: the core services made again.
    const dispatch = await officeLaptop();
    const view = valueOf<ResultDetailView | null>(
      await dispatch('followup:openResult', { roundId: 'material' }),
    );
    const overview = valueOf<OfficeOverview>(await dispatch('office:overview', {}));
    const state = followUpState(overview.record.followUp);
    expect(view).not.toBeNull();
    expect(view!.resultDigest).toBe(state.results['material']!.resultDigest);
    expect(view!.list).toEqual(prepared.merge.list);
    expect(view!.ranking).toEqual(prepared.merge.ranking.raw);
    expect(valueOf(await dispatch('followup:openResult', { roundId: 'defense' }))).toBeNull();

    const again = valueOf<{ overview: OfficeOverview; alreadyImported: boolean }>(
      await dispatch('followup:importResult', {
        roundId: 'material',
        file: { name: 'result.qbbundle', bytes: result },
        handler: '王经办',
      }),
    );
    expect(again.alreadyImported).toBe(true);
    expect(followUpState(again.overview.record.followUp).acts).toHaveLength(state.acts.length);
  }, 180_000);

  it("writes the office's reports where the dialog chose, after the warning, and records them", async () => {
    const dispatch = await officeLaptop();
    const out = join(scratch, 'usb-reports');
    await mkdir(out, { recursive: true });
    const ask = (reports: string[], handler = '王经办') =>
      dispatch('followup:exportReports', { roundId: 'material', reports, handler });
    const acts = async () =>
      followUpState(valueOf<OfficeOverview>(await dispatch('office:overview', {})).record.followUp)
        .acts;

    // Before the notice: refused before any dialog; no handler: never reaches the core.
    reportsTo.path = out;
    reportsTo.warnings = [];
    expect(refusal(await ask(['public-notice']))?.code).toBe('office-reports-no-notice');
    expect(refusal(await ask(['public-notice'], ''))?.code).toBe('invalid-input');
    expect(reportsTo.warnings).toEqual([]);

    const [a1, a2] = round.applicationIds as [string, string];
    const record = async (act: object) =>
      valueOf(await dispatch('followup:record', { act, handler: '王经办' }));
    await record({
      kind: 'notice-published',
      applicationIds: [a1, a2],
      start: '2026-09-28',
      firstDayCounts: true,
      channels: '中国质量协会网站',
    });
    await record({
      kind: 'objection-received',
      applicationId: a2,
      objector: { name: '李某', organisation: '某公司', contact: '' },
      content: '申报数据与年报不符',
      evidence: ['年报第12页'],
      receivedOn: '2026-10-09',
      via: '书面',
    });
    const before = (await acts()).length;

    // Cancelled: nothing written, nothing recorded; the dialog was shown the office's warning.
    reportsTo.path = null;
    expect(valueOf(await ask(['public-notice']))).toBeNull();
    expect(reportsTo.warnings).toEqual([OFFICE_REPORT_PLAINTEXT_WARNING]);
    expect(reportsTo.warnings[0]!.zh).toContain('明文');
    expect(await readdir(out)).toEqual([]);
    expect(await acts()).toHaveLength(before);

    reportsTo.path = out;
    const notice = valueOf<{ exported: { folderName: string; files: string[] } }>(
      await ask(['public-notice']),
    );
    expect(notice.exported).toEqual({
      folderName: '公示名单-2026年资料评审',
      files: ['公示名单.docx', '公示名单.csv', '公示名单.xlsx'],
    });
    const objections = valueOf<{ exported: { folderName: string; files: string[] } }>(
      await ask(['objection-record']),
    );
    expect(objections.exported).toEqual({
      folderName: '异议处理记录-2026年资料评审',
      files: ['异议处理记录.docx'],
    });
    const text = async (folder: string, name: string) =>
      (await mammoth.extractRawText({ buffer: await readFile(join(out, folder, name)) })).value;
    const noticeText = await text('公示名单-2026年资料评审', '公示名单.docx');
    expect(noticeText).toContain('公示期：2026年9月28日至2026年10月15日');
    expect(noticeText).not.toContain('得分');
    expect(await text('异议处理记录-2026年资料评审', '异议处理记录.docx')).toContain(
      '申报数据与年报不符',
    );

    // Recorded: who, when, which files with the SHA-256 of the bytes on disk.
    const recorded = (await acts()).slice(before);
    expect(recorded.map((a) => a.kind)).toEqual(['reports-exported', 'reports-exported']);
    for (const act of recorded) {
      if (act.kind !== 'reports-exported') continue;
      expect(act.by.handler).toBe('王经办');
      for (const file of act.files) {
        const bytes = await readFile(join(out, act.folderName, file.name));
        expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
    }
    expect(recorded[0]).toMatchObject({ roundId: 'material', reports: ['public-notice'] });
    // The signed record with these acts still verifies for anyone.
    saveTo.path = join(scratch, 'usb-export', '后续工作记录-报告.json');
    expect(valueOf(await dispatch('followup:exportRecord', {}))).not.toBeNull();
    const verified = await cli(['followup', 'verify', saveTo.path, '--json'], {});
    expect(verified.code, verified.stderr).toBe(0);
  }, 180_000);
});
