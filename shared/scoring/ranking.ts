import { AppError } from '../errors';
import { compareApplicationNo } from './application-no-order';
import { nearlyEqual } from './float-tolerance';

/** A ranked entry: `rank` is its competition rank (1, 2, 2, 4). */
export type Ranked<T> = T & { readonly rank: number };

/**
 * 排名 with shared places: entries sorted by total, highest first; equal totals share the rank
 * of the first of them and the next total skips accordingly (1, 2, 2, 4). Totals are compared
 * unrounded; only float noise (see float-tolerance) counts as equal. Entries of equal total are
 * listed by id in code-unit order, which does not affect their rank.
 */
export function competitionRanks<T extends { readonly id: string; readonly total: number }>(
  entries: readonly T[],
): Ranked<T>[] {
  const sorted = [...entries].sort(
    (a, b) => (nearlyEqual(a.total, b.total) ? 0 : b.total - a.total) || codeUnits(a.id, b.id),
  );
  const ranked: Ranked<T>[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && nearlyEqual(previous.total, entry.total) ? previous.rank : index + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked;
}

/** One application as a strict list orders it. */
export interface StrictOrderEntry {
  readonly applicationNo: string;
  readonly total: number;
  /** Criterion id → subtotal (or mean subtotal); must hold every tie-break criterion. */
  readonly criteria: Readonly<Record<string, number>>;
}

/**
 * Tie order for strict lists: (三) 显效性和发展性, the criterion with most weight, then (一),
 * then (二); then 申报编号.
 */
export const DEFAULT_TIE_BREAK_CRITERIA: readonly string[] = ['c3', 'c1', 'c2'];

/** Which rule separated two applications of equal total. */
export type TieBreakRule =
  | { readonly kind: 'criterion'; readonly criterionId: string }
  | { readonly kind: 'application-no' };

export interface StrictOrder<T> {
  /** Best first; `position` is 1-based and never shared. */
  readonly order: readonly (T & { readonly position: number })[];
  /** For each pair of neighbours with equal totals, the rule that put `above` first. */
  readonly tieBreaks: readonly {
    readonly above: string;
    readonly below: string;
    readonly rule: TieBreakRule;
  }[];
}

/**
 * A strict order for lists that need one (入围答辩名单, 初评名单): by total, highest first; equal
 * totals by each tie-break criterion in turn, highest first; then by 申报编号 ascending
 * (`compareApplicationNo`). Throws on a repeated 申报编号 or a missing tie-break criterion.
 */
export function strictOrder<T extends StrictOrderEntry>(
  entries: readonly T[],
  tieBreakCriteria: readonly string[] = DEFAULT_TIE_BREAK_CRITERIA,
): StrictOrder<T> {
  const numbers = new Set<string>();
  for (const entry of entries) {
    if (numbers.has(entry.applicationNo)) {
      throw new AppError('application-no-repeated', { applicationNo: entry.applicationNo });
    }
    numbers.add(entry.applicationNo);
    for (const id of tieBreakCriteria) {
      if (entry.criteria[id] === undefined) {
        throw new AppError('criterion-score-missing', {
          applicationNo: entry.applicationNo,
          criterionId: id,
        });
      }
    }
  }
  const sorted = [...entries].sort((a, b) => compareStrict(a, b, tieBreakCriteria).order);
  const tieBreaks: { above: string; below: string; rule: TieBreakRule }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const above = sorted[i - 1];
    const below = sorted[i];
    if (!above || !below) continue;
    const { rule } = compareStrict(above, below, tieBreakCriteria);
    if (rule) tieBreaks.push({ above: above.applicationNo, below: below.applicationNo, rule });
  }
  return { order: sorted.map((entry, i) => ({ ...entry, position: i + 1 })), tieBreaks };
}

/** Negative when a goes first; `rule` is set when the totals were equal. */
function compareStrict(
  a: StrictOrderEntry,
  b: StrictOrderEntry,
  tieBreakCriteria: readonly string[],
): { order: number; rule: TieBreakRule | null } {
  if (!nearlyEqual(a.total, b.total)) return { order: b.total - a.total, rule: null };
  for (const criterionId of tieBreakCriteria) {
    const x = a.criteria[criterionId] ?? 0;
    const y = b.criteria[criterionId] ?? 0;
    if (!nearlyEqual(x, y)) return { order: y - x, rule: { kind: 'criterion', criterionId } };
  }
  return {
    order: compareApplicationNo(a.applicationNo, b.applicationNo),
    rule: { kind: 'application-no' },
  };
}

function codeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
