/**
 * Scores are decimals held in binary floats, so sums and means of equal scores can differ in the
 * last bits (0.1 + 0.2 ≠ 0.3). Comparisons that decide ties and thresholds ignore differences
 * below this share of the compared magnitude; real score differences are never that small.
 */
export const FLOAT_TOLERANCE = 1e-9;

/** True when a and b differ by float noise only. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
