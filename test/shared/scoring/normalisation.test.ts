import { describe, expect, it } from 'vitest';
import { expertBaseline, normaliseScores } from '../../../shared/scoring/normalisation';

function scoresOf(expertId: string, values: number[]) {
  return values.map((value, i) => ({ expertId, applicationId: `a${i + 1}`, value }));
}

// e1 (strict, narrow): 70, 75, 80, 85, 90 → mean 80; squares 100+25+0+25+100 = 250;
//   sd = √(250 / 4) = √62.5 ≈ 7.9057; z(90) = 10 / 7.9057 ≈ 1.2649.
// e2 (wide): 60, 70, 80, 90, 100 → mean 80; squares 400+100+0+100+400 = 1000;
//   sd = √(1000 / 4) = √250 ≈ 15.8114; z(100) = 20 / 15.8114 ≈ 1.2649.
const e1 = scoresOf('e1', [70, 75, 80, 85, 90]);
const e2 = scoresOf('e2', [60, 70, 80, 90, 100]);

describe('expertBaseline', () => {
  it('refuses fewer than five scores', () => {
    expect(expertBaseline('e9', [80, 82, 84, 86])).toEqual({
      ok: false,
      reason: 'too-few-scores',
      expertId: 'e9',
      count: 4,
      minimum: 5,
    });
  });

  it('refuses an expert who gave everyone the same score', () => {
    expect(expertBaseline('e9', [80, 80, 80, 80, 80])).toEqual({
      ok: false,
      reason: 'zero-spread',
      expertId: 'e9',
      count: 5,
      mean: 80,
    });
    // 0.1 three times sums to 0.30000000000000004: still no spread.
    expect(expertBaseline('e9', [0.1, 0.1, 0.1, 0.1, 0.1])).toMatchObject({
      reason: 'zero-spread',
    });
  });

  it('gives mean and sample sd from five scores on', () => {
    const baseline = expertBaseline('e1', [70, 75, 80, 85, 90]);
    expect(baseline).toMatchObject({ ok: true, expertId: 'e1', count: 5, mean: 80 });
    if (baseline.ok) expect(baseline.sd).toBeCloseTo(Math.sqrt(62.5), 12);
  });
});

describe('normaliseScores', () => {
  it('turns each expert’s scores into z-scores on their own mean and sd', () => {
    const result = normaliseScores([...e1, ...e2]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const z = result.scores.map((s) => s.z);
    const expected = [-2, -1, 0, 1, 2].map((k) => k * 0.632456);
    // e1: ±5 / 7.9057 = ±0.6325 per step; e2: ±10 / 15.8114, the same: two experts agree.
    z.slice(0, 5).forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 5));
    z.slice(5).forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 5));
    expect(result.scores.map((s) => s.rescaled)).toEqual(z);
    expect(result.target).toEqual({ mean: 0, sd: 1 });
    expect(result.baselines.map((b) => [b.expertId, b.mean])).toEqual([
      ['e1', 80],
      ['e2', 80],
    ]);
  });

  it('maps back onto the group’s mean and sd on request', () => {
    // All ten: mean 80; squares 250 + 1000 = 1250; sd = √(1250 / 9) ≈ 11.7851.
    // e1's 90: 80 + 1.2649 × 11.7851 = 80 + 10·√(20/9) ≈ 94.9071.
    const result = normaliseScores([...e1, ...e2], { target: 'group' });
    if (!result.ok) throw new Error('expected normalisation');
    expect(result.target.mean).toBe(80);
    expect(result.target.sd).toBeCloseTo(Math.sqrt(1250 / 9), 12);
    expect(result.scores[4]?.rescaled).toBeCloseTo(94.90712, 5);
    expect(result.scores[9]?.rescaled).toBeCloseTo(94.90712, 5);
    expect(result.scores[2]?.rescaled).toBeCloseTo(80, 12);
  });

  it('refuses all when any expert scored fewer than five, naming each', () => {
    const result = normaliseScores([
      ...e1,
      ...scoresOf('e3', [70, 80, 90, 85]),
      ...scoresOf('e2', [1]),
    ]);
    expect(result).toEqual({
      ok: false,
      refusals: [
        { reason: 'too-few-scores', expertId: 'e2', count: 1, minimum: 5 },
        { reason: 'too-few-scores', expertId: 'e3', count: 4, minimum: 5 },
      ],
    });
  });

  it('refuses an expert with zero spread', () => {
    const result = normaliseScores([...e1, ...scoresOf('e2', [80, 80, 80, 80, 80])]);
    expect(result).toEqual({
      ok: false,
      refusals: [{ reason: 'zero-spread', expertId: 'e2', count: 5, mean: 80 }],
    });
  });

  it('refuses the same expert scoring the same application twice', () => {
    expect(() =>
      normaliseScores([...e1, { expertId: 'e1', applicationId: 'a1', value: 1 }]),
    ).toThrow('不止一次');
  });
});
