import { describe, expect, it } from 'vitest';
import { defaultRubric, rubricParts } from '../../../../shared/domain/rubric';
import { subjectOf } from '../../../../shared/journal';
import { reviewSubjects } from '../../../../renderer/features/review/review-subjects';

describe('reviewSubjects', () => {
  const rubric = defaultRubric('material');
  const subjects = reviewSubjects(rubric, 'material', 'a1');

  it('names every field of one review once, as the saver keys its edits', () => {
    const parts = rubricParts(rubric).length;
    const criteria = rubric.criteria.length;
    // Scores, comments on parts and criteria, three overall fields, recommendation, 无需讨论.
    expect(subjects).toHaveLength(parts + parts + criteria + 3 + 2);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toContain(
      subjectOf({
        kind: 'review-score',
        roundId: 'material',
        applicationId: 'a1',
        partId: 'c1p1',
        score: 3,
      }),
    );
  });

  it('names nothing of another application or round', () => {
    const other = new Set([
      ...reviewSubjects(rubric, 'material', 'a2'),
      ...reviewSubjects(rubric, 'defense', 'a1'),
    ]);
    expect(subjects.filter((s) => other.has(s))).toEqual([]);
  });
});
