/**
 * Whether a review fits the round's rubric as a submitted one must: every part scored, none above
 * its maximum, no score or comment for an id the rubric lacks, some overall comment, and the total
 * the sum of the parts. The writer refuses such a review; a reader with the rubric checks again.
 */
import { reviewProblems } from '../domain/review';
import type { Rubric } from '../domain/rubric';
import { totalScore } from '../scoring/total';
import type { ApplicationReview } from './review-content';

/** The total the writer puts in a review: the sum of its part scores, or null while incomplete. */
export function computedTotal(
  rubric: Rubric,
  partScores: ApplicationReview['partScores'],
): number | null {
  const total = totalScore(rubric, partScores);
  return total.complete ? total.total : null;
}

/** What is wrong with the review against the rubric, in English for a developer; [] when nothing. */
export function applicationReviewProblems(review: ApplicationReview, rubric: Rubric): string[] {
  const overall = [review.overall.strengths, review.overall.weaknesses, review.overall.suggestions];
  const problems = reviewProblems(
    { partScores: review.partScores, comment: overall.join('\n'), status: 'submitted' },
    rubric,
  ).map((p) => `${p.code}${p.partId === undefined ? '' : ` ${p.partId}`}`);
  const ids = new Set(rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)]));
  for (const id of Object.keys(review.comments)) {
    if (!ids.has(id)) problems.push(`comment for unknown id ${id}`);
  }
  const total = computedTotal(rubric, review.partScores);
  if (total !== null && Math.abs(total - review.total) > 1e-9)
    problems.push('total is not the sum');
  return problems;
}
