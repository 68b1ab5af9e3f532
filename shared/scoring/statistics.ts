import { AppError } from '../errors';

/** One expert's score for one application (a total or a criterion subtotal). */
export interface ExpertValue {
  readonly expertId: string;
  readonly value: number;
}

/** Arithmetic mean; throws on an empty list, which has none. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('没有分数，无法计算平均分');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Sample standard deviation, dividing by n − 1: the panel is a sample of the experts who could
 * have scored. Null for fewer than two values, where it is undefined.
 */
export function standardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/** 极差: lowest, highest and their difference. */
export function scoreRange(values: readonly number[]): {
  min: number;
  max: number;
  spread: number;
} {
  if (values.length === 0) throw new RangeError('没有分数，无法计算极差');
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, spread: max - min };
}

/** From this many scores on, the highest and the lowest are dropped. */
export const TRIM_FROM_COUNT = 5;

/** 去掉一个最高分和一个最低分后的平均分. */
export interface TrimmedMean {
  readonly value: number;
  /** Whose scores were dropped; null below five scores, where nothing is. */
  readonly dropped: { readonly highest: string; readonly lowest: string } | null;
  /** How many scores the mean is over (after dropping). */
  readonly count: number;
  /** How many scores there were. */
  readonly scoredCount: number;
}

/**
 * Mean after dropping one highest and one lowest score when five or more experts scored. Ties
 * are resolved by sorting on (value, expertId) in code-unit order and dropping the first and the
 * last: among equal lowest scores the smallest expertId is dropped, among equal highest scores
 * the largest. The value does not depend on this; who is named does, and it must not depend on
 * input order. Throws on an empty list or a repeated expertId.
 */
export function trimmedMean(scores: readonly ExpertValue[]): TrimmedMean {
  if (scores.length === 0) throw new RangeError('没有分数，无法计算平均分');
  if (new Set(scores.map((s) => s.expertId)).size !== scores.length) {
    throw new AppError('expert-scored-twice');
  }
  const sorted = [...scores].sort(
    (a, b) => a.value - b.value || compareCodeUnits(a.expertId, b.expertId),
  );
  const lowest = sorted[0];
  const highest = sorted.at(-1);
  if (sorted.length < TRIM_FROM_COUNT || !lowest || !highest) {
    return {
      value: mean(scores.map((s) => s.value)),
      dropped: null,
      count: scores.length,
      scoredCount: scores.length,
    };
  }
  const kept = sorted.slice(1, -1).map((s) => s.value);
  return {
    value: mean(kept),
    dropped: { highest: highest.expertId, lowest: lowest.expertId },
    count: kept.length,
    scoredCount: scores.length,
  };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
