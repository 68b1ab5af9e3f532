/**
 * The office takes in the chair's result bundle (issue 11, point 3): a real material round of two
 * groups sealed by the office's code, the group bundles and the vice-chair's result bundle made
 * by the committee's own code (test/electron/core/committee/committee-round.ts); the office's
 * service verifies it against its own record (roster, case, round, rubric), opens it, records
 * the import with its list, and opens the defense round from the signed shortlist. Refused: a
 * flipped byte, the signer without the seat in the office's roster, a bundle of another round
 * (a replay), a result missing an application the office holds in the round. Then the
 * committee's signed re-review of an objection is taken in as the objection's outcome.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  prepareCommitteeMerge,
  writeReReviewAct,
  writeResultBundle,
} from '../../../../electron/core/committee';
import { openOffice } from '../../../../electron/core/office/office-service';
import type { OfficeService } from '../../../../electron/core/office/office-service';
import { isAppError } from '../../../../shared/errors';
import { followUpState } from '../../../../shared/office/followup/followup-state';
import { setCommittee, upsertApplication } from '../../../../shared/office/office-record';
import { committeeRound } from '../committee/committee-round';
import { freshMemory } from './office-fixtures';

const scratch = await mkdtemp(join(tmpdir(), 'qb-result-import-'));
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
const shortlist = prepared.merge.list.entries.map((e) => e.applicationId);

const open = (): Promise<OfficeService> =>
  openOffice(join(scratch, 'round', '2026.qboffice'), round.office, { memory: freshMemory() });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

describe("the chair's result bundle, taken in by the office", () => {
  it('is verified against the record, recorded with its list, and opens the defense round', async () => {
    const office = await open();
    expect(shortlist).toHaveLength(3);
    // Nothing recorded by a refusal: another round's id (a replay), a flipped byte.
    await office.addDefenseRound({ materialRoundId: 'material', shortlist: [shortlist[0]!] });
    expect(await refusal(() => office.importResult(result, 'defense', '王经办'))).toBe(
      'result-bundle-replayed',
    );
    const flipped = Uint8Array.from(result);
    flipped[flipped.length - 40]! ^= 1;
    expect(await refusal(() => office.importResult(flipped, 'material', '王经办'))).not.toBe(
      'accepted',
    );
    expect(followUpState((await office.read()).followUp).results).toEqual({});

    const overview = await office.importResult(result, 'material', '王经办');
    const state = followUpState(overview.record.followUp);
    expect(state.results['material']).toMatchObject({
      kind: 'result-imported',
      listKind: 'defense-shortlist',
      applicationIds: shortlist,
      signer: { expertId: 'e10', role: 'vice-chair-acting' },
      by: { handler: '王经办', fingerprint: round.office.card.fingerprint },
    });
    expect(state.results['material']!.resultDigest).toMatch(/^[0-9a-f]{64}$/);

    const { id, overview: after } = await office.addDefenseRoundFromResult('material');
    expect(after.record.rounds.find((r) => r.round.id === id)!.applicationIds).toEqual(
      round.applicationIds.filter((a) => shortlist.includes(a)),
    );
  }, 120_000);

  it("records the committee's signed re-review as the objection's outcome", async () => {
    const office = await open();
    const overview = await office.importResult(result, 'material', '王经办');
    const digest = followUpState(overview.record.followUp).results['material']!.resultDigest;
    const [a1] = round.applicationIds as [string];
    await office.recordFollowUp(
      {
        kind: 'notice-published',
        applicationIds: [a1],
        start: '2026-09-28',
        firstDayCounts: true,
        channels: '中国质量协会网站',
      },
      '王经办',
    );
    await office.recordFollowUp(
      {
        kind: 'objection-received',
        applicationId: a1,
        objector: { name: '李某', organisation: '', contact: '' },
        content: '数据不实',
        evidence: [],
        receivedOn: '2026-10-09',
        via: '书面',
      },
      '王经办',
    );
    const act = await writeReReviewAct({
      identity: vice,
      roster: viceManifest.rosterStatement!,
      decision: {
        caseId: viceManifest.caseId,
        roundId: 'material',
        resultDigest: digest,
        objectionId: 'o001',
        applicationId: a1,
        outcome: 'objection-upheld',
        effect: 'remove',
        opinion: '经复核，异议成立。',
        decidedAt: '2026-10-20T10:00:00+08:00',
      },
    });
    // The rules still hold: not before the investigation and the referral.
    expect(await refusal(() => office.importReReview(act, '王经办'))).toBe(
      'objection-not-referred',
    );
    await office.recordFollowUp(
      { kind: 'objection-investigated', objectionId: 'o001', on: '2026-10-12', findings: '属实' },
      '王经办',
    );
    await office.recordFollowUp(
      { kind: 'objection-referred', objectionId: 'o001', on: '2026-10-13' },
      '王经办',
    );
    const done = await office.importReReview(act, '王经办');
    const objection = followUpState(done.record.followUp).objections[0]!;
    expect(objection.status).toBe('upheld');
    expect(objection.reReview).toMatchObject({
      decidedOn: '2026-10-20',
      committeeMemberId: 'e10',
      notes: '经复核，异议成立。',
      signedAct: { signerFingerprint: vice.card.fingerprint },
    });
  }, 120_000);
  it('keeps the bundle sealed in the workspace and opens it again after a restart', async () => {
    const office = await open();
    const again = await office.importResultShown(result, 'material', '王经办');
    const digest = again.result.resultDigest;
    const acts = followUpState(again.overview.record.followUp).acts.length;
    // Imported by the tests above: the same file again records nothing new.
    expect(again.alreadyImported).toBe(true);
    expect(followUpState((await office.read()).followUp).acts).toHaveLength(acts);
    expect(
      followUpState((await office.read()).followUp).acts.filter(
        (a) => a.kind === 'result-imported' && a.resultDigest === digest,
      ),
    ).toHaveLength(1);

    // A restart: the service opened again, as the app does, sweeping what no state names.
    const reopened = await open();
    const view = await reopened.openedResult('material');
    expect(view).not.toBeNull();
    expect(view!.resultDigest).toBe(digest);
    expect(view!.list.entries.map((e) => e.applicationId)).toEqual(shortlist);
    expect(view!.list.cuts.map((c) => c.applicationId)).toEqual(
      prepared.merge.list.cuts.map((c) => c.applicationId),
    );
    expect(view!.ranking.order).toHaveLength(4);
    expect(await reopened.openedResult('defense')).toBeNull();
    // Never as plaintext: no file of the workspace holds the bundle's bytes or its header.
    const marker = Buffer.from(result.subarray(16, 80));
    for (const file of await filesUnder(join(scratch, 'round', '2026.qboffice'))) {
      expect((await readFile(file)).includes(marker), file).toBe(false);
    }
  }, 120_000);

  it("refuses an older sequence of the signer's, and another file under a used one", async () => {
    const office = await open();
    const bundle = (sequence: number) =>
      writeResultBundle({
        identity: vice,
        roster: viceManifest.rosterStatement!,
        sequence,
        merge: prepared.merge,
        groupBundles: prepared.groupBundles,
        readersOf: prepared.readersOf,
        mergeReaders: prepared.mergeReaders,
      });
    const second = await bundle(2);
    const newer = await office.importResultShown(second, 'material', '王经办');
    expect(newer.alreadyImported).toBe(false);
    const state = followUpState(newer.overview.record.followUp);
    expect(state.results['material']).toMatchObject({
      sequence: 2,
      resultDigest: newer.result.resultDigest,
    });
    const acts = state.acts.length;
    // The first bundle, already on record but now older than the signer's second: refused.
    expect(await refusal(() => office.importResult(result, 'material', '王经办'))).toBe(
      'result-bundle-older',
    );
    // A second file numbered 2 (the same merge, another bundle id): refused.
    expect(
      await refusal(async () => office.importResult(await bundle(2), 'material', '王经办')),
    ).toBe('result-bundle-sequence-reused');
    expect(followUpState((await office.read()).followUp).acts).toHaveLength(acts);
    expect((await office.openedResult('material'))!.resultDigest).toBe(newer.result.resultDigest);
  }, 120_000);

  it('removes the reports again when the record refuses their export', async () => {
    const office = await open();
    const out = join(scratch, 'reports');
    await mkdir(out, { recursive: true });
    const before = followUpState((await office.read()).followUp).acts.length;
    // (The notice and the defense round are the tests' above.) The round goes from the record
    // while the dialog is open: the act is refused.
    const dropRound = async () => {
      await office.session.update((c) => ({
        ...c,
        rounds: c.rounds.filter((r) => r.round.id !== 'defense'),
        assignments: c.assignments.filter((a) => a.roundId !== 'defense'),
      }));
      return out;
    };
    expect(
      await refusal(() =>
        office.exportReports(
          { chooseReportFolder: dropRound },
          { roundId: 'defense', reports: ['public-notice'] },
          '王经办',
        ),
      ),
    ).toBe('round-not-found');
    expect(await readdir(out)).toEqual([]);
    expect(followUpState((await office.read()).followUp).acts).toHaveLength(before);
  }, 120_000);

  // Last: it changes the record the other tests read.
  it("refuses a signer the office's roster does not seat, and a result missing an application", async () => {
    const office = await open();
    await office.session.update((c) => setCommittee(c, { chairId: 'e09' }));
    expect(await refusal(() => office.importResult(result, 'material', '王经办'))).toBe(
      'result-bundle-signer-invalid',
    );
    await office.session.update((c) => setCommittee(c, { chairId: 'e09', viceChairId: 'e10' }));
    // An application the office holds in the round that the result does not cover.
    await office.session.update((c) => {
      const next = upsertApplication(c, {
        applicationNo: '2026005',
        applicantName: '申报单位5有限公司',
        experienceTitle: '经验5',
        recommendingUnitId: 'unregistered',
        scope: 1,
        focusArea: 'none',
        isSme: false,
      });
      const added = next.applications.at(-1)!.id;
      return {
        ...next,
        rounds: next.rounds.map((r) =>
          r.round.id === 'material' ? { ...r, applicationIds: [...r.applicationIds, added] } : r,
        ),
      };
    });
    expect(await refusal(() => office.importResult(result, 'material', '王经办'))).toBe(
      'result-round-incomplete',
    );
  }, 120_000);
});
