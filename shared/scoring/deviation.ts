import { FLOAT_TOLERANCE } from './float-tolerance';

/** One expert's complete scores for one application, as the group compares them. */
export interface ExpertScoreLine {
  readonly expertId: string;
  readonly total: number;
  /** Criterion id → subtotal. */
  readonly criteria: Readonly<Record<string, number>>;
}

/** 偏离提示: an expert's score far from the group's mean, in total or for one criterion. */
export interface DeviationWarning {
  readonly expertId: string;
  /** 'total', or the criterion id. */
  readonly scope: 'total' | (string & {});
  readonly score: number;
  readonly mean: number;
  /** (score − mean) / mean, signed: negative below the mean. ±Infinity when the mean is 0. */
  readonly relativeDeviation: number;
}

/** More than 30 % from the group mean, the usual rule of Chinese bid evaluation. */
export const DEFAULT_DEVIATION_THRESHOLD = 0.3;

/** (score − mean) / mean; 0 when both are 0, ±Infinity when only the mean is. */
export function relativeDeviation(score: number, mean: number): number {
  if (mean === 0) return score === 0 ? 0 : Math.sign(score) * Infinity;
  return (score - mean) / mean;
}

/**
 * Flags every expert whose total, or whose subtotal for a criterion, is more than `threshold`
 * (default 0.30) away from the group's mean of it, relative to that mean: |s − m| > t·|m|.
 * Exactly 30 % is not flagged. The mean includes the expert's own score; a criterion's mean is
 * over the experts who have it. Warnings come per expert in input order, total first, then
 * criteria in order of first appearance.
 */
export function deviationWarnings(
  lines: readonly ExpertScoreLine[],
  { threshold = DEFAULT_DEVIATION_THRESHOLD }: { threshold?: number } = {},
): DeviationWarning[] {
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new RangeError(`偏离阈值须为非负数：${threshold}`);
  }
  const scopes = ['total', ...new Set(lines.flatMap((line) => Object.keys(line.criteria)))];
  const means = new Map(
    scopes.map((scope) => {
      const values = lines.flatMap((line) => valueOf(line, scope) ?? []);
      return [scope, values.reduce((sum, v) => sum + v, 0) / values.length] as const;
    }),
  );
  const warnings: DeviationWarning[] = [];
  for (const line of lines) {
    for (const scope of scopes) {
      const score = valueOf(line, scope);
      const mean = means.get(scope);
      if (score === undefined || mean === undefined) continue;
      const excess = Math.abs(score - mean) - threshold * Math.abs(mean);
      if (excess > FLOAT_TOLERANCE * Math.max(1, Math.abs(mean))) {
        warnings.push({
          expertId: line.expertId,
          scope,
          score,
          mean,
          relativeDeviation: relativeDeviation(score, mean),
        });
      }
    }
  }
  return warnings;
}

function valueOf(line: ExpertScoreLine, scope: string): number | undefined {
  return scope === 'total' ? line.total : line.criteria[scope];
}
