import { describe, expect, it } from 'vitest';
import {
  mean,
  scoreRange,
  standardDeviation,
  trimmedMean,
} from '../../../shared/scoring/statistics';

describe('mean', () => {
  it('averages, and refuses an empty list', () => {
    expect(mean([80, 85, 90])).toBe(85);
    expect(() => mean([])).toThrow(RangeError);
  });
});

describe('standardDeviation', () => {
  it('divides by n − 1', () => {
    // [80, 85, 90]: deviations −5, 0, 5; squares 25 + 0 + 25 = 50; 50 / 2 = 25; √25 = 5.
    // (The population sd would be √(50/3) ≈ 4.08.)
    expect(standardDeviation([80, 85, 90])).toBe(5);
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5; squares 9+1+1+1+0+0+4+16 = 32; 32 / 7; √4.5714 ≈ 2.1381.
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
  });

  it('is null below two values and 0 for equal ones', () => {
    expect(standardDeviation([])).toBeNull();
    expect(standardDeviation([80])).toBeNull();
    expect(standardDeviation([80, 80, 80])).toBe(0);
  });
});

describe('scoreRange', () => {
  it('gives lowest, highest and spread', () => {
    expect(scoreRange([84, 70, 91.5])).toEqual({ min: 70, max: 91.5, spread: 21.5 });
    expect(() => scoreRange([])).toThrow(RangeError);
  });
});

describe('trimmedMean', () => {
  const four = [
    { expertId: 'e1', value: 80 },
    { expertId: 'e2', value: 90 },
    { expertId: 'e3', value: 70 },
    { expertId: 'e4', value: 84 },
  ];

  it('drops nothing with four scores', () => {
    // (80 + 90 + 70 + 84) / 4 = 324 / 4 = 81
    expect(trimmedMean(four)).toEqual({ value: 81, dropped: null, count: 4, scoredCount: 4 });
  });

  it('drops one highest and one lowest with five scores', () => {
    // 80, 90, 70, 84, 76: drop 90 (e2) and 70 (e3); (80 + 84 + 76) / 3 = 240 / 3 = 80
    const five = [...four, { expertId: 'e5', value: 76 }];
    expect(trimmedMean(five)).toEqual({
      value: 80,
      dropped: { highest: 'e2', lowest: 'e3' },
      count: 3,
      scoredCount: 5,
    });
  });

  it('drops one of equal scores only, the same one whatever the input order', () => {
    // Sorted by (value, id): e3 70, e4 70, e5 80, e1 90, e2 90 → drop e3 and e2;
    // kept 70, 80, 90 → 80.
    const tied = [
      { expertId: 'e1', value: 90 },
      { expertId: 'e2', value: 90 },
      { expertId: 'e3', value: 70 },
      { expertId: 'e4', value: 70 },
      { expertId: 'e5', value: 80 },
    ];
    const expected = {
      value: 80,
      dropped: { highest: 'e2', lowest: 'e3' },
      count: 3,
      scoredCount: 5,
    };
    expect(trimmedMean(tied)).toEqual(expected);
    expect(trimmedMean([...tied].reverse())).toEqual(expected);
  });

  it('names two different experts when everyone gave the same score', () => {
    const same = ['b', 'e', 'a', 'd', 'c'].map((expertId) => ({ expertId, value: 80 }));
    expect(trimmedMean(same)).toMatchObject({ value: 80, dropped: { highest: 'e', lowest: 'a' } });
  });

  it('refuses an empty list and an expert counted twice', () => {
    expect(() => trimmedMean([])).toThrow(RangeError);
    expect(() => trimmedMean([...four, { expertId: 'e1', value: 1 }])).toThrow('不止一次');
  });
});
