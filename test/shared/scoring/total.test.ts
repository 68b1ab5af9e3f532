import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../shared/domain/rubric';
import { totalScore } from '../../../shared/scoring/total';

const rubric = defaultRubric('material');

describe('totalScore', () => {
  it('adds part scores into criterion subtotals and a total', () => {
    // (一) 13 + 12 = 25; (二) 14 + 11 = 25; (三) 18 + 16 = 34; total 25 + 25 + 34 = 84.
    const result = totalScore(rubric, {
      c1p1: 13,
      c1p2: 12,
      c2p1: 14,
      c2p2: 11,
      c3p1: 18,
      c3p2: 16,
    });
    expect(result.complete).toBe(true);
    if (!result.complete) return;
    expect(result.total).toBe(84);
    expect(result.criterionScores).toEqual({ c1: 25, c2: 25, c3: 34 });
    expect(result.criteria).toEqual([
      { criterionId: 'c1', subtotal: 25, scoredPoints: 25, maxPoints: 30, missingPartIds: [] },
      { criterionId: 'c2', subtotal: 25, scoredPoints: 25, maxPoints: 30, missingPartIds: [] },
      { criterionId: 'c3', subtotal: 34, scoredPoints: 34, maxPoints: 40, missingPartIds: [] },
    ]);
  });

  it('says incomplete, never 0, while a part is unscored', () => {
    // Scored so far: 13 + 12 + 14 + 11 + 18 = 68; (三) has 18 of its parts, no subtotal.
    const result = totalScore(rubric, {
      c1p1: 13,
      c1p2: 12,
      c2p1: 14,
      c2p2: 11,
      c3p1: 18,
      c3p2: null,
    });
    expect(result).toMatchObject({
      complete: false,
      total: null,
      scoredPoints: 68,
      missingPartIds: ['c3p2'],
    });
    expect(result.criteria[2]).toEqual({
      criterionId: 'c3',
      subtotal: null,
      scoredPoints: 18,
      maxPoints: 40,
      missingPartIds: ['c3p2'],
    });
  });

  it('treats an absent part like a null one, and 0 as a score', () => {
    expect(totalScore(rubric, {})).toMatchObject({
      complete: false,
      scoredPoints: 0,
      missingPartIds: ['c1p1', 'c1p2', 'c2p1', 'c2p2', 'c3p1', 'c3p2'],
    });
    const zeros = { c1p1: 0, c1p2: 0, c2p1: 0, c2p2: 0, c3p1: 0, c3p2: 0 };
    expect(totalScore(rubric, zeros)).toMatchObject({ complete: true, total: 0 });
  });

  it('keeps fractions and ignores keys that are not parts', () => {
    // 13.5 + 12.5 + 14 + 11 + 18.5 + 16 = 85.5
    const result = totalScore(rubric, {
      c1p1: 13.5,
      c1p2: 12.5,
      c2p1: 14,
      c2p2: 11,
      c3p1: 18.5,
      c3p2: 16,
      stray: 100,
    });
    expect(result).toMatchObject({ complete: true, total: 85.5 });
  });
});
