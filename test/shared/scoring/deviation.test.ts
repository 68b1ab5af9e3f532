import { describe, expect, it } from 'vitest';
import {
  deviationWarnings,
  relativeDeviation,
  type ExpertScoreLine,
} from '../../../shared/scoring/deviation';

// Totals 80, 84, 88, 48 → mean 300 / 4 = 75.
//   e4: (48 − 75) / 75 = −0.36 → flagged; e3: 13 / 75 ≈ 0.173 → not.
// (一) 24, 25, 26, 9 → mean 84 / 4 = 21; e4: −12 / 21 ≈ −0.571 → flagged; e3: 5 / 21 ≈ 0.238.
// (二) 24, 25, 26, 15 → mean 90 / 4 = 22.5; e4: −7.5 / 22.5 = −1/3 → flagged.
// (三) 32, 34, 36, 24 → mean 126 / 4 = 31.5; e4: −7.5 / 31.5 ≈ −0.238 → not.
const group = [
  { expertId: 'e1', total: 80, criteria: { c1: 24, c2: 24, c3: 32 } },
  { expertId: 'e2', total: 84, criteria: { c1: 25, c2: 25, c3: 34 } },
  { expertId: 'e3', total: 88, criteria: { c1: 26, c2: 26, c3: 36 } },
  { expertId: 'e4', total: 48, criteria: { c1: 9, c2: 15, c3: 24 } },
];

describe('deviationWarnings', () => {
  it('flags an expert more than 30 % from the group mean, in total and per criterion', () => {
    const warnings = deviationWarnings(group);
    expect(warnings.map((w) => [w.expertId, w.scope, w.score, w.mean])).toEqual([
      ['e4', 'total', 48, 75],
      ['e4', 'c1', 9, 21],
      ['e4', 'c2', 15, 22.5],
    ]);
    expect(warnings[0]?.relativeDeviation).toBeCloseTo(-0.36, 12);
    expect(warnings[1]?.relativeDeviation).toBeCloseTo(-4 / 7, 12);
    expect(warnings[2]?.relativeDeviation).toBeCloseTo(-1 / 3, 12);
  });

  it('takes another threshold', () => {
    // At 40 % only (一)'s −57 % remains.
    expect(deviationWarnings(group, { threshold: 0.4 }).map((w) => w.scope)).toEqual(['c1']);
    // At 15 %: e1 stays (total 6.7 %, (一) 3/21 = 14.3 %, (二) 6.7 %, (三) 1.6 %);
    // e2 (一) 4/21 = +19.0 % joins (total 12 %, (二) 11.1 %, (三) 7.9 % stay);
    // e3 total 13/75 = +17.3 %, (一) 5/21 = +23.8 %, (二) 3.5/22.5 = +15.6 % join, (三) 14.3 % stays;
    // e4's (三) −23.8 % joins its other three.
    expect(
      deviationWarnings(group, { threshold: 0.15 }).map((w) => `${w.expertId}:${w.scope}`),
    ).toEqual(['e2:c1', 'e3:total', 'e3:c1', 'e3:c2', 'e4:total', 'e4:c1', 'e4:c2', 'e4:c3']);
  });

  it('does not flag exactly 30 %, but flags just above', () => {
    // 13 and 7 → mean 10, ±30 % exactly; 13.01 and 6.99 → ±30.1 %.
    const exact = [
      { expertId: 'a', total: 13, criteria: {} },
      { expertId: 'b', total: 7, criteria: {} },
    ];
    expect(deviationWarnings(exact)).toEqual([]);
    const above = [
      { expertId: 'a', total: 13.01, criteria: {} },
      { expertId: 'b', total: 6.99, criteria: {} },
    ];
    expect(deviationWarnings(above).map((w) => w.expertId)).toEqual(['a', 'b']);
  });

  it('finds nothing when everyone scored 0 (mean 0)', () => {
    const zeros = ['a', 'b', 'c'].map((expertId) => ({ expertId, total: 0, criteria: { c1: 0 } }));
    expect(deviationWarnings(zeros)).toEqual([]);
  });

  it('uses, per criterion, only the experts who have it', () => {
    // (一) only a and b: 10 and 20 → mean 15, ±33 % → both flagged; totals equal.
    const partial: ExpertScoreLine[] = [
      { expertId: 'a', total: 50, criteria: { c1: 10 } },
      { expertId: 'b', total: 50, criteria: { c1: 20 } },
      { expertId: 'c', total: 50, criteria: {} },
    ];
    expect(deviationWarnings(partial).map((w) => [w.expertId, w.scope, w.mean])).toEqual([
      ['a', 'c1', 15],
      ['b', 'c1', 15],
    ]);
  });

  it('returns nothing for no experts and refuses a negative threshold', () => {
    expect(deviationWarnings([])).toEqual([]);
    expect(() => deviationWarnings(group, { threshold: -0.1 })).toThrow(RangeError);
  });
});

describe('relativeDeviation', () => {
  it('is signed and handles a mean of 0', () => {
    expect(relativeDeviation(90, 75)).toBeCloseTo(0.2, 12);
    expect(relativeDeviation(60, 75)).toBeCloseTo(-0.2, 12);
    expect(relativeDeviation(0, 0)).toBe(0);
    expect(relativeDeviation(5, 0)).toBe(Infinity);
  });
});
