import { errorText } from '../errors/error-text';
import type { ErrorParams } from '../errors/error-code';
import type { SealingPlan, SealingProblem } from './visibility';

/** Who may read a review (shared/domain/review-readers.ts): no review without a proper reader. */
function readerSealingProblemCodes(): SealingProblem['code'][] {
  return ['no-stand-in', 'stand-in-not-member', 'stand-in-conflicted', 'office-only'];
}

/** The blocking problems that are the reader rule's: sealing names their applications. */
export const readerSealingProblems: ReadonlySet<SealingProblem['code']> = new Set(
  readerSealingProblemCodes(),
);

/**
 * Problems that make a package wrong or impossible, so sealing refuses while any is present;
 * the others (no vice-chair yet, someone who sees nothing) are shown as notes. One list, read by
 * main's sealing and the sealing screen alike.
 */
export const blockingSealingProblems: ReadonlySet<SealingProblem['code']> = new Set([
  'no-chair',
  'unknown-expert',
  'no-card',
  'fingerprint-mismatch',
  'no-leader',
  'unassigned-application',
  'assigned-twice',
  'outside-round',
  'committee-signers-conflicted',
  ...readerSealingProblemCodes(),
]);

/** The chair and vice-chair, each with the applications of the round they must stay out of. */
export type CommitteeSignersBlock = ErrorParams<'committee-signers-conflicted'>;

/**
 * Whether nobody could sign the round's committee result (docs/committee.md, "Who signs"): the
 * chair and the vice-chair sign for the committee, and each merges only what their own package
 * holds, which leaves out every application they are in conflict with. When both are in
 * conflict with some application of the round (different ones, or the same one), neither can
 * merge the round whole, and the office would only find out when the result lacks one. Null when
 * either of them is in conflict with none (that one signs), or a seat is empty (reported apart:
 * no chair blocks, no vice-chair is a note). Applications by 申报编号 where the plan knows it.
 */
export function committeeSignersBlock(plan: SealingPlan): CommitteeSignersBlock | null {
  const { chairId, viceChairId } = plan.committee;
  if (chairId === undefined || viceChairId === undefined) return null;
  // In the round's order; a conflict with an application of another round does not count.
  const conflictedBy = (expertId: string) =>
    plan.applicationIds.filter((applicationId) =>
      plan.conflicts.some((c) => c.expertId === expertId && c.applicationId === applicationId),
    );
  const chairConflicts = conflictedBy(chairId);
  const viceConflicts = conflictedBy(viceChairId);
  if (chairConflicts.length === 0 || viceConflicts.length === 0) return null;
  const numbered = (ids: readonly string[]) => ids.map((id) => plan.applicationNos?.get(id) ?? id);
  const nameOf = (expertId: string) =>
    plan.experts.find((e) => e.id === expertId)?.name ?? expertId;
  return {
    chair: { expertId: chairId, name: nameOf(chairId), applicationNos: numbered(chairConflicts) },
    viceChair: {
      expertId: viceChairId,
      name: nameOf(viceChairId),
      applicationNos: numbered(viceConflicts),
    },
  };
}

/** The block as a sealing problem (its message in Chinese, as the plan's problems are). */
export function committeeSignersProblem(plan: SealingPlan): SealingProblem | null {
  const block = committeeSignersBlock(plan);
  if (block === null) return null;
  return {
    code: 'committee-signers-conflicted',
    message: errorText({ code: 'committee-signers-conflicted', params: block }, 'zh-CN'),
  };
}
