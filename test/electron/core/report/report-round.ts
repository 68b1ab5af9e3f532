/**
 * A group's reports from real bytes: the merge tests' sealed round (group g1: leader e01, members
 * e02 and e03, e03 in conflict with the first application; chair e09), the members' review
 * bundles, a group bundle signed by the leader with a deliberation that uses every kind of
 * record (a score change, a deviation explained, notes, a failed secret ballot then a passed open
 * one, a dissent, the consensus and the decision), verified and opened by the chair, and turned
 * into the reports' inputs by shared/report's adapter, with the chair's own manifest for names.
 */
import { join } from 'node:path';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import { groupReportFactsOf, groupReports } from '../../../../shared/report/group-reports';
import type { GroupReports } from '../../../../shared/report/group-reports';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
  writeGroupBundle,
} from '../../../../electron/core/merge';
import { mergeRound } from '../merge/merge-round';
import type { MergeRound } from '../merge/merge-round';

export const PRINTED_ON = '2026年11月29日';
export const DEVIATION_EXPLANATION = '本人认为该申报推广证据不足，故打分偏低。';
export const DISSENT = '不同意入围：推广应用的证据仍不充分。';
export const NOTE = '组员一致认为体系完整，数据翔实。';
export const OPINION_2 = '经合议，同意入围答辩。';

export interface ReportRound {
  readonly round: MergeRound;
  readonly bundle: Uint8Array;
  readonly reports: GroupReports;
  readonly applicationIds: readonly [string, string, string];
  /** The part e03's score was changed on in the second application, before and after. */
  readonly change: { readonly partId: string; readonly from: number; readonly to: number };
}

export async function reportRound(root: string): Promise<ReportRound> {
  const round = await mergeRound(join(root, 'round'));
  const leader = round.identity('e01');
  const leaderManifest = round.manifests.get('e01')!;
  const rubric = leaderManifest.round.rubric;
  const [app1, app2, app3] = round.applicationIds as [string, string, string];
  const bundles = [
    await round.reviewBundle('e01', { ratio: 0.9 }),
    await round.reviewBundle('e02', { ratio: 0.8 }),
    await round.reviewBundle('e03', { ratio: 0.5 }),
  ];
  const prepared = await prepareGroupMerge({
    identity: leader,
    manifest: leaderManifest,
    bundles,
  });
  const app2Merge = prepared.merge.applications.find((a) => a.applicationId === app2)!;
  const e03 = app2Merge.rows.find((r) => r.expertId === 'e03')!;
  const partId = rubric.criteria[0]!.parts[0]!.id;
  const change = { partId, from: e03.partScores[partId]!, to: e03.partScores[partId]! + 1 };
  const records: DeliberationRecord[] = [
    {
      kind: 'absence',
      applicationId: app1,
      expertId: 'e03',
      cause: 'recused-by-office',
      reason: '办公室已登记该专家与申报单位存在回避情形。',
    },
    { kind: 'discussion-note', applicationId: app1, text: NOTE },
    {
      kind: 'ballot',
      applicationId: app1,
      ballotNo: 1,
      proposal: 'enter-defense',
      ballot: {
        mode: 'open',
        votes: [
          { expertId: 'e01', vote: 'for' },
          { expertId: 'e02', vote: 'for' },
        ],
      },
    },
    { kind: 'consensus', applicationId: app1, score: 86.5, opinion: '体系完整，同意入围答辩。' },
    { kind: 'decision', applicationId: app1, decision: 'enter-defense' },
    {
      kind: 'score-change',
      applicationId: app2,
      expertId: 'e03',
      partId,
      from: change.from,
      to: change.to,
      reason: { code: 'summation-error' },
    },
    {
      kind: 'deviation-explanation',
      applicationId: app2,
      expertId: 'e03',
      scope: 'total',
      text: DEVIATION_EXPLANATION,
    },
    { kind: 'discussion-note', applicationId: app2, text: '讨论了推广应用的证据。' },
    {
      kind: 'ballot',
      applicationId: app2,
      ballotNo: 1,
      proposal: 'enter-defense',
      ballot: { mode: 'secret', counts: { for: 1, against: 2, abstain: 0 } },
    },
    {
      kind: 'ballot',
      applicationId: app2,
      ballotNo: 2,
      proposal: 'enter-defense',
      ballot: {
        mode: 'open',
        votes: [
          { expertId: 'e01', vote: 'for' },
          { expertId: 'e02', vote: 'for' },
          { expertId: 'e03', vote: 'against' },
        ],
      },
    },
    { kind: 'dissent', applicationId: app2, expertId: 'e03', reasons: DISSENT },
    { kind: 'consensus', applicationId: app2, score: 78, opinion: OPINION_2 },
    { kind: 'decision', applicationId: app2, decision: 'enter-defense' },
    { kind: 'consensus', applicationId: app3, score: 60, opinion: '示范性不足，不入围答辩。' },
    { kind: 'decision', applicationId: app3, decision: 'not-enter-defense' },
  ];
  const bundle = await writeGroupBundle({
    identity: leader,
    roster: round.statement('e01'),
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge: prepared.merge,
    records,
    deliberation: deliberationSummary({
      merge: prepared.merge,
      rubric,
      roundKind: 'material',
      records,
    }),
    readersOf: (id) => prepared.readersOf(id),
  });
  const chairManifest = round.manifests.get('e09')!;
  const opened = await openGroupBundle(verifyGroupBundle(bundle), round.identity('e09'), {
    rubric: chairManifest.round.rubric,
    roundKind: chairManifest.round.kind,
  });
  const reports = groupReports(
    opened.sections,
    groupReportFactsOf(chairManifest, opened.verified.header.groupId, PRINTED_ON),
  );
  return { round, bundle, reports, applicationIds: [app1, app2, app3], change };
}
