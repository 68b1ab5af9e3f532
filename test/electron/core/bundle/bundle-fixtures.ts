/**
 * A fictitious material round for the bundle's tests: the office, a group leader (e01), the
 * expert who writes (e02), another member (e03) and the chair (e09), who is in conflict with
 * application A02 and so may not read its review. Identities are made from fresh keys (no
 * scrypt), the rubric is Article 8's default, and the expert's review covers A01 and A02 and
 * declares a conflict with A03.
 */
import { randomBytes } from 'node:crypto';
import { generateX25519Identity } from 'age-encryption';
import type { SignedRosterStatement } from '../../../../shared/bundle/roster-statement';
import type { RosterSeat } from '../../../../shared/bundle/roster-statement';
import { defaultRubric, rubricParts } from '../../../../shared/domain/rubric';
import type { Rubric } from '../../../../shared/domain/rubric';
import type { ApplicationToSeal, ReviewDraft } from '../../../../electron/core/bundle';
import {
  signRosterStatement,
  signUndertaking,
  writeReviewBundle,
} from '../../../../electron/core/bundle';
import { jsonDigest } from '../../../../electron/core/crypto/json-digest';
import { identityFromKeys } from '../../../../electron/core/identity';
import { signConflictDeclaration } from '../../../../electron/core/review/conflict-declaration';
import type { Identity, IdentityRole } from '../../../../electron/core/identity';

export const CASE_ID = '5eed0000000000000000000000000001';
export const ROUND_ID = 'material';

export async function person(name: string, role: IdentityRole): Promise<Identity> {
  return identityFromKeys(
    { name, organisation: '测试单位', role },
    '2026-11-01T00:00:00.000Z',
    randomBytes(32),
    await generateX25519Identity(),
  );
}

export function keysOf(identity: Identity) {
  const { fingerprint, signingPublicKey, ageRecipient } = identity.card;
  return { fingerprint, signingPublicKey, ageRecipient };
}

export interface BundleRound {
  readonly office: Identity;
  readonly leader: Identity;
  readonly expert: Identity;
  readonly member: Identity;
  readonly chair: Identity;
  readonly rubric: Rubric;
  readonly rubricDigest: string;
  statementFor(
    who: Identity,
    expertId: string,
    seats: RosterSeat[],
    round?: { caseId?: string; roundId?: string; rubricDigest?: string; reviewSections?: number },
  ): SignedRosterStatement;
  /** The expert's (e02) statement. */
  readonly roster: SignedRosterStatement;
  readonly applications: readonly ApplicationToSeal[];
  /** A bundle by e02 with this sequence (and changes to the request). */
  bundle(
    sequence?: number,
    change?: (
      request: Parameters<typeof writeReviewBundle>[0],
    ) => Parameters<typeof writeReviewBundle>[0],
  ): Promise<Uint8Array>;
}

/** Every part scored at `ratio` of its maximum, a comment on the first criterion and part. */
export function reviewDraft(rubric: Rubric, ratio: number): ReviewDraft {
  const partScores = Object.fromEntries(
    rubricParts(rubric).map(({ part }) => [part.id, Math.round(part.maxPoints * ratio * 2) / 2]),
  );
  return {
    kind: 'review',
    partScores,
    comments: { c1: '方法科学，原理清楚。', c1p1: '符合质量管理基本规律。' },
    overall: {
      strengths: '体系完整，数据翔实。',
      weaknesses: '对标数据偏少。',
      suggestions: '补充与行业标杆的对比。',
    },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
  };
}

export function materialHash(id: string): { materialId: string; sha256: string } {
  return { materialId: id, sha256: jsonDigest({ material: id }) };
}

export async function bundleRound(): Promise<BundleRound> {
  const [office, leader, expert, member, chair] = await Promise.all([
    person('办公室', 'office'),
    person('陈组长', 'leader'),
    person('王专家', 'expert'),
    person('李专家', 'expert'),
    person('赵主任', 'chair'),
  ]);
  const rubric = defaultRubric('material');
  const rubricDigest = jsonDigest(rubric);
  const statementFor: BundleRound['statementFor'] = (who, expertId, seats, round = {}) =>
    signRosterStatement(office.signingKey, {
      format: 'qb-roster-statement',
      version: 1,
      caseId: round.caseId ?? CASE_ID,
      roundId: round.roundId ?? ROUND_ID,
      rubricDigest: round.rubricDigest ?? rubricDigest,
      packageSequence: 1,
      office: keysOf(office),
      // A01–A03 and one application the office recorded a conflict with: never in e02's package.
      reviewSections: round.reviewSections ?? 4,
      member: { ...keysOf(who), expertId, seats },
    });
  const roster = statementFor(expert, 'e02', [{ role: 'member', groupId: 'g1' }]);
  const readers = (...who: Identity[]) => [office, ...who].map((p) => keysOf(p));
  const applications: ApplicationToSeal[] = [
    {
      applicationId: 'A01',
      materials: [materialHash('m-a01-text'), materialHash('m-a01-form')],
      outcome: reviewDraft(rubric, 0.9),
      readers: readers(leader, chair),
    },
    {
      applicationId: 'A02',
      materials: [materialHash('m-a02-text')],
      outcome: { ...reviewDraft(rubric, 0.7), recommendation: 'not-recommend' },
      readers: readers(leader),
    },
    {
      applicationId: 'A03',
      materials: [],
      outcome: {
        kind: 'conflict',
        declaration: signConflictDeclaration(expert, {
          caseId: CASE_ID,
          roundId: ROUND_ID,
          applicationId: 'A03',
          conflictKind: 'same-recommending-unit-or-region',
          reason: '',
          declaredAt: '2026-11-20T09:30:00+08:00',
        }),
      },
      readers: readers(leader, chair),
    },
  ];
  const undertaking = signUndertaking(expert, {
    caseId: CASE_ID,
    roundId: ROUND_ID,
    text: '本人承诺对评审材料和评审情况严格保密。',
    signedAt: '2026-11-20T09:00:00+08:00',
  });
  return {
    office,
    leader,
    expert,
    member,
    chair,
    rubric,
    rubricDigest,
    statementFor,
    roster,
    applications,
    bundle: (sequence = 1, change = (r) => r) =>
      writeReviewBundle(
        change({ identity: expert, roster, rubric, sequence, undertaking, applications }),
      ),
  };
}
