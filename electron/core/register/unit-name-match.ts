import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { provinceOf } from '../../../shared/office/region';

/** A unit the name may have meant, best first. */
export interface UnitSuggestion {
  readonly unitId: string;
  readonly name: string;
}

/** The unit a register's 推荐单位 names, or the units it may have meant. */
export type UnitNameMatch =
  | { readonly unitId: string }
  | { readonly unitId: null; readonly suggestions: readonly UnitSuggestion[] };

const MAX_SUGGESTIONS = 3;
// Below this share of common character pairs two names are unrelated.
const MIN_SIMILARITY = 0.5;

function exact(name: string): string {
  return name.normalize('NFKC').trim();
}

function compact(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/**
 * Finds the recommending unit by its exact name (after NFKC and trim). Otherwise suggests, best
 * first: names equal once all spaces are removed ('工业和信 息化厅'), names containing one
 * another, the regional unit of the same province ('江苏省工信厅'), then names sharing most
 * character pairs. Suggestions are never applied by themselves.
 */
export function matchUnitName(name: string, units: readonly RecommendingUnit[]): UnitNameMatch {
  const wanted = exact(name);
  const found = units.find((u) => exact(u.name) === wanted);
  if (found) return { unitId: found.id };

  const target = compact(name);
  const province = provinceOf(target);
  const scored = units
    .map((unit) => {
      const candidate = compact(unit.name);
      let score = 0;
      if (candidate === target) score = 3;
      else if (target.length >= 4 && (candidate.includes(target) || target.includes(candidate))) {
        score = 2;
      } else if (
        unit.kind === 'region' &&
        province !== null &&
        provinceOf(candidate) === province
      ) {
        score = 1.5;
      } else {
        const similarity = diceSimilarity(candidate, target);
        if (similarity >= MIN_SIMILARITY) score = similarity;
      }
      return { unit, score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return {
    unitId: null,
    suggestions: scored
      .slice(0, MAX_SUGGESTIONS)
      .map(({ unit }) => ({ unitId: unit.id, name: unit.name })),
  };
}

/** Sørensen–Dice coefficient over adjacent character pairs: 1 for equal strings. */
function diceSimilarity(a: string, b: string): number {
  const pairs = (s: string) =>
    Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let common = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      common += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
