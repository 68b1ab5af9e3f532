import { describe, expect, it } from 'vitest';
import { formatForDisplay, roundForDisplay } from '../../../shared/scoring/rounding';

describe('roundForDisplay', () => {
  it('rounds half away from zero on the decimal the number stands for', () => {
    expect(roundForDisplay(1.005)).toBe(1.01); // held as 1.00499999…
    expect(roundForDisplay(2.675)).toBe(2.68); // held as 2.67499999…
    expect(roundForDisplay(85.335)).toBe(85.34);
    expect(roundForDisplay(-1.005)).toBe(-1.01);
    expect(roundForDisplay(85.3333333)).toBe(85.33);
    expect(roundForDisplay(0.1 + 0.2)).toBe(0.3);
  });

  it('takes other decimals', () => {
    expect(roundForDisplay(2.5, 0)).toBe(3);
    expect(roundForDisplay(1.23456, 4)).toBe(1.2346);
    expect(() => roundForDisplay(1, -1)).toThrow(RangeError);
    expect(() => roundForDisplay(1, 1.5)).toThrow(RangeError);
  });

  it('never shows negative zero and passes non-finite values through', () => {
    expect(Object.is(roundForDisplay(-0.001), 0)).toBe(true);
    expect(roundForDisplay(Number.NaN)).toBeNaN();
    expect(roundForDisplay(Infinity)).toBe(Infinity);
  });
});

describe('formatForDisplay', () => {
  it('shows exactly two decimals', () => {
    expect(formatForDisplay(85)).toBe('85.00');
    expect(formatForDisplay(80 + 1 / 3)).toBe('80.33');
    expect(formatForDisplay(-0.001)).toBe('0.00');
    expect(formatForDisplay(94.90712)).toBe('94.91');
  });
});
