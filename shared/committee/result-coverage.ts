/**
 * The office's check of a result against the round it knows whole: a chair in conflict with an
 * application does not have it in their package, so cannot know of it, and a merge they sign
 * would leave it out without any error of theirs (docs/committee.md, "Who signs"). The office,
 * which knows every application of the round, names those the merge lacks (and any it holds that
 * the round does not).
 */
import type { CommitteeMerge } from './committee-merge';

export interface ResultCoverage {
  /** Applications of the round the merge does not hold, in the order given. */
  readonly missing: readonly string[];
  /** Applications the merge holds that are not of the round. */
  readonly unknown: readonly string[];
}

export function resultCoverage(
  merge: Pick<CommitteeMerge, 'applications'>,
  roundApplicationIds: readonly string[],
): ResultCoverage {
  const held = new Set(merge.applications.map((a) => a.applicationId));
  const round = new Set(roundApplicationIds);
  return {
    missing: roundApplicationIds.filter((id) => !held.has(id)),
    unknown: merge.applications.map((a) => a.applicationId).filter((id) => !round.has(id)),
  };
}
