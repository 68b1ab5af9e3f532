/**
 * A group of five for the pure merge's tests (leader e01, members e02–e05) over Article 8's
 * default rubric (15/15, 15/15, 20/20), and reviews whose parts are set from one ratio, so every
 * total and mean below can be checked by hand.
 */
import type { ApplicationReview, SectionOutcome } from '../../../shared/bundle/review-content';
import { defaultRubric } from '../../../shared/domain/rubric';
import type { GroupMergeInput, MemberSubmission } from '../../../shared/merge/merge-input';

export const rubric = defaultRubric('material');

/** e01 … e05 with fingerprints that sort in the same order. */
export const members = ['e01', 'e02', 'e03', 'e04', 'e05'].map((expertId, i) => ({
  expertId,
  fingerprint: `AAAA-AAAA-AAAA-AAA${i}`,
  role: i === 0 ? ('leader' as const) : ('member' as const),
}));

export function fingerprintOf(expertId: string): string {
  return members.find((m) => m.expertId === expertId)!.fingerprint;
}

/** c1p1, c1p2, c2p1, c2p2 (15 each) and c3p1, c3p2 (20 each) at the given points. */
export function review(
  points: readonly [number, number, number, number, number, number],
  change: Partial<ApplicationReview> = {},
): ApplicationReview {
  const [a, b, c, d, e, f] = points;
  return {
    kind: 'review',
    partScores: { c1p1: a, c1p2: b, c2p1: c, c2p2: d, c3p1: e, c3p2: f },
    comments: { c1: '方法科学。' },
    overall: { strengths: '体系完整。', weaknesses: '对标不足。', suggestions: '补充数据。' },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
    total: a + b + c + d + e + f,
    ...change,
  };
}

export function declaredConflict(expertId: string, applicationId: string): SectionOutcome {
  return {
    kind: 'conflict',
    declaration: {
      statement: {
        caseId: '5eed0000000000000000000000000001',
        roundId: 'material',
        applicationId,
        fingerprint: fingerprintOf(expertId),
        conflictKind: 'same-organisation',
        reason: '',
        declaredAt: '2026-11-20T09:30:00+08:00',
      },
      signature: `${'A'.repeat(85)}A==`,
    },
  };
}

export function submission(
  expertId: string,
  sequence: number,
  sections: Record<string, SectionOutcome>,
): MemberSubmission {
  return {
    expertId,
    fingerprint: fingerprintOf(expertId),
    sequence,
    digest: `${expertId}-${sequence}`.padEnd(64, '0'),
    sections: Object.entries(sections).map(([applicationId, outcome]) => ({
      applicationId,
      outcome,
    })),
  };
}

export function mergeInput(
  submissions: readonly MemberSubmission[],
  change: Partial<GroupMergeInput> = {},
): GroupMergeInput {
  return {
    caseId: '5eed0000000000000000000000000001',
    roundId: 'material',
    groupId: 'g1',
    rubric,
    rubricDigest: 'd'.repeat(64),
    merger: { expertId: 'e01', fingerprint: fingerprintOf('e01') },
    members,
    applications: [
      { applicationId: 'A01', chairRole: 'leader' },
      { applicationId: 'A02', chairRole: 'leader' },
    ],
    submissions,
    ...change,
  };
}
