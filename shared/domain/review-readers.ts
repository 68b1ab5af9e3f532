/**
 * 评审意见的阅读范围 (Article 15; issue 10, point 4): who may read the reviews of one application.
 * The office always; the group's leader, or when the leader is in conflict with the application
 * the stand-in (代行组长) the office designated from the group's members; the chair; the
 * vice-chair: each only where not in conflict with it. A conflicted person never holds the
 * material, so never a review of it either. Sealing writes the result into every manifest
 * (shared/case/manifest-roster.ts) and refuses a round where the rule cannot be met.
 */
import { z } from 'zod';

/** In what capacity a reader reads a review. The office reads every review. */
export const ReviewReaderRoleSchema = z.enum([
  'office',
  'leader',
  'stand-in',
  'chair',
  'vice-chair',
]);
export type ReviewReaderRole = z.infer<typeof ReviewReaderRoleSchema>;

export const reviewReaderRoleLabels: Readonly<
  Record<ReviewReaderRole, { zh: string; en: string }>
> = {
  office: { zh: '办公室', en: 'Office' },
  leader: { zh: '组长', en: 'Group leader' },
  'stand-in': { zh: '代行组长', en: 'Stand-in leader' },
  chair: { zh: '主任委员', en: 'Chair' },
  'vice-chair': { zh: '副主任委员', en: 'Vice-chair' },
};

/** One person who may read an application's reviews, with every capacity they read it in. */
export interface ReviewReader {
  readonly expertId: string;
  readonly roles: readonly Exclude<ReviewReaderRole, 'office'>[];
}

/** Why the rule cannot be met for an application, or why a designation does not count. */
export type ReviewReaderProblemCode =
  /** The leader is in conflict and no stand-in is designated. */
  | 'no-stand-in'
  /** The designated stand-in is not a member of the application's group (the leader is not). */
  | 'stand-in-not-member'
  /** The designated stand-in is in conflict with the application too. */
  | 'stand-in-conflicted'
  /** Nobody but the office could read the application's reviews. */
  | 'office-only';

export interface ReviewReaderProblem {
  readonly code: ReviewReaderProblemCode;
  readonly applicationId: string;
  readonly expertId?: string;
}

export interface ReviewReadersInput {
  readonly applicationId: string;
  /** The group that reviews the application in the round; undefined when none does. */
  readonly group:
    { readonly leaderId?: string | undefined; readonly memberIds: readonly string[] } | undefined;
  readonly committee: {
    readonly chairId?: string | undefined;
    readonly viceChairId?: string | undefined;
  };
  readonly conflicts: readonly { readonly expertId: string; readonly applicationId: string }[];
  /** The stand-in the office designated for this application in the round, if any. */
  readonly standInId?: string | undefined;
}

export interface ReviewReadersResult {
  /** Besides the office: leader or stand-in, chair, vice-chair, each once, in that order. */
  readonly readers: readonly ReviewReader[];
  readonly problems: readonly ReviewReaderProblem[];
}

function inConflict(input: ReviewReadersInput, expertId: string): boolean {
  return input.conflicts.some(
    (c) => c.expertId === expertId && c.applicationId === input.applicationId,
  );
}

/** Whether `expertId` may stand in for the leader on this application: a member, not in conflict. */
export function standInProblem(
  input: Omit<ReviewReadersInput, 'standInId' | 'committee'>,
  expertId: string,
): ReviewReaderProblemCode | undefined {
  if (input.group === undefined || !input.group.memberIds.includes(expertId)) {
    return 'stand-in-not-member';
  }
  if (inConflict({ ...input, committee: {} }, expertId)) return 'stand-in-conflicted';
  return undefined;
}

/** Whether the application's group leader is in conflict with it (and so needs a stand-in). */
export function leaderInConflict(
  input: Omit<ReviewReadersInput, 'standInId' | 'committee'>,
): boolean {
  const leaderId = input.group?.leaderId;
  return leaderId !== undefined && inConflict({ ...input, committee: {} }, leaderId);
}

/**
 * Who besides the office may read the application's reviews, and what stops the rule. A stand-in
 * designated while the leader is not in conflict is not a reader: the leader is.
 */
export function reviewReaders(input: ReviewReadersInput): ReviewReadersResult {
  const problems: ReviewReaderProblem[] = [];
  const seats: { expertId: string; role: ReviewReader['roles'][number] }[] = [];
  const { applicationId } = input;
  const leaderId = input.group?.leaderId;

  if (leaderId !== undefined && !inConflict(input, leaderId)) {
    seats.push({ expertId: leaderId, role: 'leader' });
  } else if (leaderId !== undefined) {
    const standInId = input.standInId;
    const problem = standInId === undefined ? 'no-stand-in' : standInProblem(input, standInId);
    if (problem === undefined) seats.push({ expertId: standInId!, role: 'stand-in' });
    else
      problems.push({
        code: problem,
        applicationId,
        ...(standInId === undefined ? {} : { expertId: standInId }),
      });
  }
  const { chairId, viceChairId } = input.committee;
  if (chairId !== undefined && !inConflict(input, chairId)) {
    seats.push({ expertId: chairId, role: 'chair' });
  }
  if (viceChairId !== undefined && !inConflict(input, viceChairId)) {
    seats.push({ expertId: viceChairId, role: 'vice-chair' });
  }

  const readers: { expertId: string; roles: ReviewReader['roles'][number][] }[] = [];
  for (const seat of seats) {
    const known = readers.find((r) => r.expertId === seat.expertId);
    if (known) known.roles.push(seat.role);
    else readers.push({ expertId: seat.expertId, roles: [seat.role] });
  }
  if (readers.length === 0) problems.push({ code: 'office-only', applicationId });
  return { readers, problems };
}

/**
 * The stand-in to suggest for an application whose leader is in conflict: of the group's members
 * not in conflict with it, the one standing in for the fewest applications so far (`load`), in
 * the group's order on a tie. Undefined when no member may.
 */
export function suggestStandIn(
  input: Omit<ReviewReadersInput, 'standInId' | 'committee'>,
  load: ReadonlyMap<string, number> = new Map(),
): string | undefined {
  let best: string | undefined;
  for (const memberId of input.group?.memberIds ?? []) {
    if (standInProblem(input, memberId) !== undefined) continue;
    if (best === undefined || (load.get(memberId) ?? 0) < (load.get(best) ?? 0)) best = memberId;
  }
  return best;
}
