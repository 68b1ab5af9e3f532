import type { SealingProblem } from './visibility';

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
  ...readerSealingProblemCodes(),
]);
