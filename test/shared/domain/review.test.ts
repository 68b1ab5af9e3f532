import { describe, expect, it } from 'vitest';
import { ReviewSchema, reviewProblems, type Review } from '../../../shared/domain/review';
import { defaultRubric } from '../../../shared/domain/rubric';

const rubric = defaultRubric('material');
const complete = { c1p1: 13, c1p2: 12, c2p1: 14, c2p2: 11, c3p1: 18, c3p2: 16 };
const review: Review = {
  expertId: 'e1',
  applicationId: 'a1',
  roundId: 'r1',
  partScores: complete,
  comment: '方法成熟，数据充分。',
  status: 'submitted',
  sequence: 7,
};

describe('ReviewSchema', () => {
  it('accepts part scores with nulls for unscored parts', () => {
    const draft = { ...review, status: 'draft' as const, partScores: { c1p1: 13, c1p2: null } };
    expect(ReviewSchema.parse(draft)).toEqual(draft);
  });

  it('rejects negative or infinite scores and a negative sequence', () => {
    expect(ReviewSchema.safeParse({ ...review, partScores: { c1p1: -1 } }).success).toBe(false);
    expect(ReviewSchema.safeParse({ ...review, partScores: { c1p1: Infinity } }).success).toBe(
      false,
    );
    expect(ReviewSchema.safeParse({ ...review, sequence: -1 }).success).toBe(false);
  });
});

describe('reviewProblems', () => {
  it('finds nothing wrong with a complete submitted review', () => {
    expect(reviewProblems(review, rubric)).toEqual([]);
  });

  it('lets a draft leave parts unscored and the comment empty', () => {
    const draft = { partScores: { c1p1: 13, c1p2: null }, comment: '', status: 'draft' as const };
    expect(reviewProblems(draft, rubric)).toEqual([]);
  });

  it('requires every part and a comment once submitted', () => {
    const { c3p2: _left, ...partial } = complete;
    const problems = reviewProblems(
      { partScores: { ...partial, c1p1: null }, comment: ' ', status: 'submitted' },
      rubric,
    );
    expect(problems.map((p) => [p.code, p.partId])).toEqual([
      ['unscored-part', 'c1p1'],
      ['unscored-part', 'c3p2'],
      ['missing-comment', undefined],
    ]);
  });

  it('reports unknown parts and scores above a part’s maximum', () => {
    const problems = reviewProblems(
      { ...review, partScores: { ...complete, c3p1: 20.5, extra: 3 } },
      rubric,
    );
    expect(problems.map((p) => [p.code, p.partId])).toEqual([
      ['unknown-part', 'extra'],
      ['above-maximum', 'c3p1'],
    ]);
  });
});
