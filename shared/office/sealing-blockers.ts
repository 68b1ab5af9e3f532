import { errorText } from '../errors/error-text';
import type { ErrorLocale } from '../errors/catalogue-entry';
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
  'committee-chair-conflicted-alone',
  ...readerSealingProblemCodes(),
]);

/** The chair and vice-chair, each with the applications of the round they must stay out of. */
export type CommitteeSignersBlock = ErrorParams<'committee-signers-conflicted'>;

/** The chair, with the applications of the round they must stay out of, and no vice-chair. */
export type ChairAloneBlock = ErrorParams<'committee-chair-conflicted-alone'>;

/** The committee's signer blocks: which applies, if any (the two never apply at once). */
export type CommitteeSignersRefusal =
  | { readonly code: 'committee-signers-conflicted'; readonly params: CommitteeSignersBlock }
  | { readonly code: 'committee-chair-conflicted-alone'; readonly params: ChairAloneBlock };

/** The sealing problems that are the committee's signers' (each refused with its own error). */
export const committeeSignersProblemCodes: ReadonlySet<SealingProblem['code']> = new Set([
  'committee-signers-conflicted',
  'committee-chair-conflicted-alone',
]);

/** The round's applications (in the round's order) an expert is in conflict with. */
function conflictedBy(plan: SealingPlan, expertId: string): readonly string[] {
  // A conflict with an application of another round does not count.
  return plan.applicationIds.filter((applicationId) =>
    plan.conflicts.some((c) => c.expertId === expertId && c.applicationId === applicationId),
  );
}

/** Applications by 申报编号 where the plan knows it. */
function numbered(plan: SealingPlan, ids: readonly string[]): string[] {
  return ids.map((id) => plan.applicationNos?.get(id) ?? id);
}

function nameOf(plan: SealingPlan, expertId: string): string {
  return plan.experts.find((e) => e.id === expertId)?.name ?? expertId;
}

/**
 * Whether nobody could sign the round because the chair is in conflict with applications of it
 * and no vice-chair is appointed (docs/committee.md, "Who signs"): the chair's package leaves
 * those applications out, and no one else may sign for the committee. Without a conflict an
 * empty vice-chair's seat stays a note (`no-vice-chair`); without a chair, `no-chair` blocks.
 */
export function chairAloneBlock(plan: SealingPlan): ChairAloneBlock | null {
  const { chairId, viceChairId } = plan.committee;
  if (chairId === undefined || viceChairId !== undefined) return null;
  const conflicts = conflictedBy(plan, chairId);
  if (conflicts.length === 0) return null;
  return {
    chair: {
      expertId: chairId,
      name: nameOf(plan, chairId),
      applicationNos: numbered(plan, conflicts),
    },
  };
}

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
  // In the round's order.
  const chairConflicts = conflictedBy(plan, chairId);
  const viceConflicts = conflictedBy(plan, viceChairId);
  if (chairConflicts.length === 0 || viceConflicts.length === 0) return null;
  return {
    chair: {
      expertId: chairId,
      name: nameOf(plan, chairId),
      applicationNos: numbered(plan, chairConflicts),
    },
    viceChair: {
      expertId: viceChairId,
      name: nameOf(plan, viceChairId),
      applicationNos: numbered(plan, viceConflicts),
    },
  };
}

/** Whichever signer block applies: both seats in conflict, or the chair's alone with no vice. */
export function committeeSignersRefusal(plan: SealingPlan): CommitteeSignersRefusal | null {
  const both = committeeSignersBlock(plan);
  if (both !== null) return { code: 'committee-signers-conflicted', params: both };
  const alone = chairAloneBlock(plan);
  if (alone !== null) return { code: 'committee-chair-conflicted-alone', params: alone };
  return null;
}

/** The refusal's words in a language: the error's own, as sealing refuses with it. */
export function committeeSignersText(
  refusal: CommitteeSignersRefusal,
  locale: ErrorLocale,
): string {
  return refusal.code === 'committee-signers-conflicted'
    ? errorText({ code: refusal.code, params: refusal.params }, locale)
    : errorText({ code: refusal.code, params: refusal.params }, locale);
}

/** The block as a sealing problem (its message in Chinese, as the plan's problems are). */
export function committeeSignersProblem(plan: SealingPlan): SealingProblem | null {
  const refusal = committeeSignersRefusal(plan);
  if (refusal === null) return null;
  return { code: refusal.code, message: committeeSignersText(refusal, 'zh-CN') };
}
