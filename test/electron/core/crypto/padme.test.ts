import { describe, expect, it } from 'vitest';
import { padmeLength } from '../../../../electron/core/crypto/padme';

describe('padmeLength', () => {
  it('matches the PURBs paper’s rounding on hand-checked lengths', () => {
    // L = 9: E = 3, S = 2, step 2 → 10. L = 100: E = 6, S = 3, step 8 → 104.
    // L = 1025: E = 10, S = 4, step 64 → 1088. L = 10^6: E = 19, S = 5, step 2^14 → 62 · 16384.
    expect([0, 1, 2, 3, 9, 100, 104, 1025, 1_000_000].map(padmeLength)).toEqual([
      0, 1, 2, 3, 10, 104, 104, 1088, 1_015_808,
    ]);
  });

  it('never shrinks and adds at most 12 %', () => {
    for (let length = 3; length < 5_000_000; length = Math.ceil(length * 1.37) + 1) {
      const padded = padmeLength(length);
      expect(padded).toBeGreaterThanOrEqual(length);
      expect(padded / length).toBeLessThanOrEqual(1.12);
    }
  });

  it('maps many lengths to one: 99 000 and 100 000 pad alike', () => {
    expect(padmeLength(99_000)).toBe(padmeLength(100_000));
  });
});
