import type { Rubric } from '../domain/rubric';

/** An expert's points per rubric part; null or absent while the part is unscored. */
export type PartScores = Readonly<Record<string, number | null | undefined>>;

/** 小计: one criterion's points in one review. */
export interface CriterionSubtotal {
  readonly criterionId: string;
  /** Sum of the criterion's parts; null until every one of them is scored. */
  readonly subtotal: number | null;
  /** Sum of the parts scored so far. */
  readonly scoredPoints: number;
  readonly maxPoints: number;
  readonly missingPartIds: readonly string[];
}

/** 总分 of one review: complete only when every part is scored; an unscored part is never 0. */
export type ReviewTotal =
  | {
      readonly complete: true;
      readonly total: number;
      readonly criteria: readonly CriterionSubtotal[];
      /** Criterion id → subtotal, the shape deviation and ranking take. */
      readonly criterionScores: Readonly<Record<string, number>>;
    }
  | {
      readonly complete: false;
      readonly total: null;
      /** Sum of the parts scored so far, for progress display only. */
      readonly scoredPoints: number;
      readonly missingPartIds: readonly string[];
      readonly criteria: readonly CriterionSubtotal[];
    };

/**
 * Adds up a review's part scores by criterion and in total, in rubric order. Keys that are not
 * parts of the rubric are ignored here; `reviewProblems` reports them.
 */
export function totalScore(rubric: Rubric, partScores: PartScores): ReviewTotal {
  const criteria = rubric.criteria.map((criterion): CriterionSubtotal => {
    let scoredPoints = 0;
    let maxPoints = 0;
    const missingPartIds: string[] = [];
    for (const part of criterion.parts) {
      maxPoints += part.maxPoints;
      const score = partScores[part.id];
      if (score === null || score === undefined) missingPartIds.push(part.id);
      else scoredPoints += score;
    }
    const subtotal = missingPartIds.length === 0 ? scoredPoints : null;
    return { criterionId: criterion.id, subtotal, scoredPoints, maxPoints, missingPartIds };
  });
  const scoredPoints = criteria.reduce((sum, c) => sum + c.scoredPoints, 0);
  const missingPartIds = criteria.flatMap((c) => c.missingPartIds);
  if (missingPartIds.length > 0) {
    return { complete: false, total: null, scoredPoints, missingPartIds, criteria };
  }
  const criterionScores = Object.fromEntries(criteria.map((c) => [c.criterionId, c.scoredPoints]));
  return { complete: true, total: scoredPoints, criteria, criterionScores };
}
