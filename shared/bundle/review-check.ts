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
  // A reader checks every review of every bundle: most fit, and fitsRubric says so without
  // building the lists below; any doubt goes the whole way.
  if (fitsRubric(review, rubric)) return [];
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

/** True only when applicationReviewProblems would find nothing: the same checks, nothing built. */
function fitsRubric(review: ApplicationReview, rubric: Rubric): boolean {
  const { partScores, comments, overall } = review;
  // Every part scored, none above its maximum; the total summed as totalScore sums it.
  let total = 0;
  for (const criterion of rubric.criteria) {
    let subtotal = 0;
    for (const part of criterion.parts) {
      const score = partScores[part.id];
      if (typeof score !== 'number' || !(score <= part.maxPoints)) return false;
      subtotal += score;
    }
    total += subtotal;
  }
  if (!(Math.abs(total - review.total) <= 1e-9)) return false;
  // No score for an id that is not a part, no comment for one the rubric lacks; some overall comment.
  for (const id of Object.keys(partScores)) if (!isPartId(rubric, id)) return false;
  for (const id of Object.keys(comments)) if (!isRubricId(rubric, id)) return false;
  return (
    overall.strengths.trim() !== '' ||
    overall.weaknesses.trim() !== '' ||
    overall.suggestions.trim() !== ''
  );
}

function isPartId(rubric: Rubric, id: string): boolean {
  for (const criterion of rubric.criteria) {
    for (const part of criterion.parts) if (part.id === id) return true;
  }
  return false;
}

function isRubricId(rubric: Rubric, id: string): boolean {
  for (const criterion of rubric.criteria) if (criterion.id === id) return true;
  return isPartId(rubric, id);
}
