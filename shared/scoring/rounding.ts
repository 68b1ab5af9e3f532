/**
 * All score math runs on unrounded numbers; only display rounds, to two decimals by default.
 * Rounding is half away from zero on the decimal the number stands for: float noise is first
 * cut at 15 significant digits, so 85.335 (held as 85.33499999…) shows as 85.34, not 85.33.
 */
export function roundForDisplay(value: number, decimals = 2): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`小数位数须为 0–10 的整数：${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(Number(value.toPrecision(15)));
  if (magnitude >= 1e15) return value;
  // Shifting through the decimal string keeps 1.005 at 1.005 instead of 1.00499…
  const shifted = Math.round(Number(`${magnitude.toFixed(decimals + 6)}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The rounded value as text with exactly `decimals` decimals, e.g. '85.00'. */
export function formatForDisplay(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return roundForDisplay(value, decimals).toFixed(decimals);
}
