import type { SealingProblem } from './visibility';

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
]);
