/**
 * Two groups' results for the committee's pure merge: each group of five (g1: e01–e05, g2:
 * f01–f05) merged with shared/merge's own mergeGroup from reviews whose parts are given, and
 * deliberated with deliberationSummary from a decision (and a consensus) per application, so the
 * committee merge gets what a group bundle's opener would hand it.
 */
import type { ApplicationReview } from '../../../shared/bundle/review-content';
import type {
  CommitteeMergeInput,
  CommitteeSectionInput,
} from '../../../shared/committee/committee-input';
import { defaultRubric } from '../../../shared/domain/rubric';
import type { RoundKind } from '../../../shared/domain/round-kind';
import type { DeliberationRecord, GroupDecision } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../shared/merge/group-merge';

export type Parts = readonly [number, number, number, number, number, number];

/** Parts at one ratio of their maxima (15, 15, 15, 15, 20, 20): the total is 100 × ratio. */
export function at(total: number): Parts {
  const r = total / 100;
  return [15 * r, 15 * r, 15 * r, 15 * r, 20 * r, 20 * r];
}

function review(parts: Parts): ApplicationReview {
  const [a, b, c, d, e, f] = parts;
  return {
    kind: 'review',
    partScores: { c1p1: a, c1p2: b, c2p1: c, c2p2: d, c3p1: e, c3p2: f },
    comments: { c1: '方法科学。' },
    overall: { strengths: '体系完整。', weaknesses: '对标不足。', suggestions: '补充数据。' },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
    total: a + b + c + d + e + f,
  };
}

export interface ApplicationPlan {
  readonly id: string;
  readonly no: string;
  /** One per expert of the group, in expert order. */
  readonly scores: readonly Parts[];
  readonly decision: GroupDecision | null;
  readonly records?: readonly DeliberationRecord[];
}

export const CASE_ID = '5eed0000000000000000000000000001';

function fingerprint(expertId: string): string {
  const n = expertId.charCodeAt(0) === 0x65 ? 0 : 1;
  return `AAAA-AAAA-AAA${n}-AAA${expertId.slice(-1)}`;
}

/** One group's sections for the committee, as the opener of its group bundle gives them. */
export function groupSections(
  groupId: string,
  expertIds: readonly string[],
  plans: readonly ApplicationPlan[],
  roundKind: RoundKind = 'material',
): CommitteeSectionInput[] {
  const rubric = defaultRubric(roundKind);
  const members = expertIds.map((expertId, i) => ({
    expertId,
    fingerprint: fingerprint(expertId),
    role: i === 0 ? ('leader' as const) : ('member' as const),
  }));
  const merge = mergeGroup({
    caseId: CASE_ID,
    roundId: roundKind,
    groupId,
    rubric,
    rubricDigest: 'd'.repeat(64),
    merger: { expertId: expertIds[0]!, fingerprint: fingerprint(expertIds[0]!) },
    members,
    applications: plans.map((p) => ({ applicationId: p.id, chairRole: 'leader' as const })),
    submissions: expertIds.map((expertId, i) => ({
      expertId,
      fingerprint: fingerprint(expertId),
      sequence: 1,
      digest: `${expertId}`.padEnd(64, '0'),
      sections: plans.map((p) => ({ applicationId: p.id, outcome: review(p.scores[i]!) })),
    })),
  });
  const records: DeliberationRecord[] = plans.flatMap((p) => [
    ...(p.records ?? []),
    ...(p.decision === null
      ? []
      : [{ kind: 'decision' as const, applicationId: p.id, decision: p.decision }]),
  ]);
  const deliberation = deliberationSummary({ merge, rubric, roundKind, records });
  return merge.applications.map((application) => ({
    applicationId: application.applicationId,
    groupId,
    groupBundle: `${groupId}`.padEnd(64, 'b'),
    chair: { expertId: expertIds[0]!, role: 'leader' as const },
    merge: application,
    deliberation: deliberation.find((d) => d.applicationId === application.applicationId)!,
  }));
}

export const G1 = ['e01', 'e02', 'e03', 'e04', 'e05'];
export const G2 = ['f01', 'f02', 'f03', 'f04', 'f05'];

/** The committee's input over the two groups' plans. */
export function committeeInput(
  g1: readonly ApplicationPlan[],
  g2: readonly ApplicationPlan[],
  change: Partial<CommitteeMergeInput> = {},
  roundKind: RoundKind = 'material',
): CommitteeMergeInput {
  return {
    caseId: CASE_ID,
    roundId: roundKind,
    roundKind,
    rubric: defaultRubric(roundKind),
    rubricDigest: 'd'.repeat(64),
    signer: { expertId: 'c01', fingerprint: 'CCCC-CCCC-CCCC-CCCC', role: 'chair' },
    applications: [
      ...g1.map((p) => ({ applicationId: p.id, applicationNo: p.no, groupId: 'g1' })),
      ...g2.map((p) => ({ applicationId: p.id, applicationNo: p.no, groupId: 'g2' })),
    ],
    groupBundles: [
      {
        groupId: 'g1',
        merger: { expertId: 'e01', fingerprint: fingerprint('e01') },
        sequence: 2,
        digest: 'g1'.padEnd(64, 'b'),
        superseded: [{ sequence: 1, digest: 'g1'.padEnd(64, 'a') }],
      },
      {
        groupId: 'g2',
        merger: { expertId: 'f01', fingerprint: fingerprint('f01') },
        sequence: 1,
        digest: 'g2'.padEnd(64, 'b'),
        superseded: [],
      },
    ],
    sections: [
      ...groupSections('g1', G1, g1, roundKind),
      ...groupSections('g2', G2, g2, roundKind),
    ],
    settings: { quota: null, scoreLine: null, basis: 'raw', exclusions: [] },
    ...change,
  };
}
