import { describe, expect, it } from 'vitest';
import {
  clampFraction,
  documentFraction,
  samePlace,
  scrollTopForFraction,
} from '../../../../../renderer/features/reader/word/reading-place';

describe('a Word reading place', () => {
  it('is 0 at the top and 1 scrolled to the end, whatever the window', () => {
    expect(documentFraction(0, 50_000, 700)).toBe(0);
    expect(documentFraction(49_300, 50_000, 700)).toBe(1);
    expect(documentFraction(24_650, 50_000, 700)).toBe(0.5);
  });

  it('is 0 for a document shorter than its pane', () => {
    expect(documentFraction(0, 500, 700)).toBe(0);
  });

  it('comes back to the same scroll position', () => {
    for (const top of [0, 1234, 30_000, 49_300]) {
      const fraction = documentFraction(top, 50_000, 700);
      expect(Math.abs(scrollTopForFraction(fraction, 50_000, 700) - top)).toBeLessThanOrEqual(5);
    }
  });

  it('keeps fractions within 0 and 1, rounded to 1/10 000', () => {
    expect(clampFraction(-0.2)).toBe(0);
    expect(clampFraction(1.3)).toBe(1);
    expect(clampFraction(Number.NaN)).toBe(0);
    expect(clampFraction(0.123456)).toBe(0.1235);
  });

  it('tells places apart only past a small tolerance, and pages always', () => {
    expect(samePlace({ fraction: 0.5 }, { fraction: 0.501 })).toBe(true);
    expect(samePlace({ fraction: 0.5 }, { fraction: 0.51 })).toBe(false);
    expect(samePlace({ page: 2, fraction: 0.5 }, { page: 3, fraction: 0.5 })).toBe(false);
    expect(samePlace(null, { fraction: 0 })).toBe(false);
    expect(samePlace(null, null)).toBe(true);
  });
});
