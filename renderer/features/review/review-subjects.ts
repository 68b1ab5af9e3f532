/**
 * The journal subjects of one application's review in a round (one per field), so the form's
 * saved-state indicator speaks of exactly its own edits. Built with the journal's own subjectOf.
 */
import type { Rubric } from '../../../shared/domain/rubric';
import { OverallFieldSchema, subjectOf } from '../../../shared/journal';

export function reviewSubjects(rubric: Rubric, roundId: string, applicationId: string): string[] {
  const place = { roundId, applicationId };
  const ids = rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)]);
  return [
    ...rubric.criteria.flatMap((c) =>
      c.parts.map((p) => subjectOf({ kind: 'review-score', ...place, partId: p.id, score: null })),
    ),
    ...ids.map((id) => subjectOf({ kind: 'review-comment', ...place, targetId: id, text: '' })),
    ...OverallFieldSchema.options.map((field) =>
      subjectOf({ kind: 'review-overall', ...place, field, text: '' }),
    ),
    subjectOf({ kind: 'review-recommendation', ...place, recommendation: null }),
    subjectOf({ kind: 'review-no-discussion', ...place, noDiscussionNeeded: false }),
  ];
}
