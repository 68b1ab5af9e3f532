/**
 * The side-by-side matrix of one application (experts × criteria and parts) as the 合议 screen
 * draws it: each member's scores exactly as submitted, and beside them the scores after the
 * deliberation's changes (both kept, both shown), the deviation warnings of the merge per cell,
 * and which totals the trimmed mean dropped. Pure: the merge and the summary come from main.
 */
import type { Rubric } from '../../../shared/domain/rubric';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { ApplicationMerge, MergedDeviation } from '../../../shared/merge/group-merge';
import { SCORE_DECIMALS } from '../../../shared/review/score-input';

/** A score as submitted and, where the deliberation changed it, as it stands now. */
export interface MatrixCell {
  readonly submitted: number;
  /** Equal to `submitted` when nothing changed it. */
  readonly current: number;
  readonly changed: boolean;
  /** The merge's warning for this cell (total or criterion), if any. */
  readonly deviation: MergedDeviation | null;
}

export interface MatrixRow {
  readonly expertId: string;
  readonly sequence: number;
  /** Part id → cell. */
  readonly parts: Readonly<Record<string, MatrixCell>>;
  /** Criterion id → cell of its subtotal. */
  readonly criteria: Readonly<Record<string, MatrixCell>>;
  readonly total: MatrixCell;
  /** The trimmed mean left out this member's total (去掉一个最高分 / 最低分). */
  readonly dropped: 'highest' | 'lowest' | null;
  readonly noDiscussionNeeded: boolean;
}

/** Rounds to the review's precision, so float noise (12.499999) never shows. */
export function roundScore(value: number): number {
  const scale = 10 ** (SCORE_DECIMALS + 1);
  return Math.round(value * scale) / scale;
}

/** A number as the matrix shows it: at most two decimals, no trailing zeros. */
export function scoreFigure(value: number): string {
  return String(roundScore(value));
}

function cell(submitted: number, current: number, deviation: MergedDeviation | null): MatrixCell {
  return {
    submitted,
    current,
    changed: roundScore(submitted) !== roundScore(current),
    deviation,
  };
}

/** Every member's row of the application's matrix, in the merge's order (by expert id). */
export function matrixRows(
  rubric: Rubric,
  merge: ApplicationMerge,
  deliberation: ApplicationDeliberation | null,
): MatrixRow[] {
  const dropped = merge.statistics?.trimmedMean.dropped ?? null;
  return merge.rows.map((row) => {
    const after = deliberation?.deliberatedScores.find((d) => d.expertId === row.expertId);
    const currentParts = after?.partScores ?? row.partScores;
    const deviationOf = (scope: string) =>
      merge.deviations.find((d) => d.expertId === row.expertId && d.scope === scope) ?? null;
    const parts: Record<string, MatrixCell> = {};
    const criteria: Record<string, MatrixCell> = {};
    let currentTotal = 0;
    for (const criterion of rubric.criteria) {
      let currentSubtotal = 0;
      for (const part of criterion.parts) {
        const submitted = row.partScores[part.id] ?? 0;
        const current = currentParts[part.id] ?? submitted;
        parts[part.id] = cell(submitted, current, null);
        currentSubtotal += current;
      }
      criteria[criterion.id] = cell(
        row.criteria[criterion.id] ?? 0,
        currentSubtotal,
        deviationOf(criterion.id),
      );
      currentTotal += currentSubtotal;
    }
    return {
      expertId: row.expertId,
      sequence: row.sequence,
      parts,
      criteria,
      total: cell(row.total, currentTotal, deviationOf('total')),
      dropped:
        dropped?.highest === row.expertId
          ? 'highest'
          : dropped?.lowest === row.expertId
            ? 'lowest'
            : null,
      noDiscussionNeeded: row.noDiscussionNeeded,
    };
  });
}

/** A deviation as a signed percentage ("+35%", "−41%"); null when the mean was 0. */
export function deviationPercent(deviation: MergedDeviation): string | null {
  if (deviation.relativeDeviation === null) return null;
  const percent = Math.round(deviation.relativeDeviation * 100);
  return percent > 0 ? `+${percent}%` : `−${Math.abs(percent)}%`;
}
