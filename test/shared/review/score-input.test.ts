import { describe, expect, it } from 'vitest';
import { parseScoreInput, scoreText } from '../../../shared/review/score-input';

describe('parseScoreInput', () => {
  it('reads ASCII and full-width digits and points alike', () => {
    expect(parseScoreInput('85.5', 100)).toEqual({ ok: true, score: 85.5 });
    expect(parseScoreInput('８５．５', 100)).toEqual({ ok: true, score: 85.5 });
    expect(parseScoreInput('１２', 15)).toEqual({ ok: true, score: 12 });
    expect(parseScoreInput('12。5', 15)).toEqual({ ok: true, score: 12.5 });
    expect(parseScoreInput('　１３　', 15)).toEqual({ ok: true, score: 13 });
    expect(parseScoreInput('0', 15)).toEqual({ ok: true, score: 0 });
    expect(parseScoreInput('15', 15)).toEqual({ ok: true, score: 15 });
  });

  it('clears the score on an empty field', () => {
    expect(parseScoreInput('', 15)).toEqual({ ok: true, score: null });
    expect(parseScoreInput('　 ', 15)).toEqual({ ok: true, score: null });
  });

  it('refuses a half-typed number instead of guessing it', () => {
    for (const text of ['８５．', '85.', '．５', '.', '12。']) {
      expect(parseScoreInput(text, 100)).toEqual({
        ok: false,
        problem: 'half-typed',
        maxPoints: 100,
      });
    }
  });

  it('refuses what is out of range, too precise or not a number, saying which', () => {
    expect(parseScoreInput('15.5', 15)).toMatchObject({ ok: false, problem: 'above-maximum' });
    expect(parseScoreInput('１６', 15)).toMatchObject({ ok: false, problem: 'above-maximum' });
    expect(parseScoreInput('-1', 15)).toMatchObject({ ok: false, problem: 'below-zero' });
    expect(parseScoreInput('－３', 15)).toMatchObject({ ok: false, problem: 'below-zero' });
    expect(parseScoreInput('12.25', 15)).toMatchObject({ ok: false, problem: 'too-precise' });
    expect(parseScoreInput('十二', 15)).toMatchObject({ ok: false, problem: 'not-a-number' });
    expect(parseScoreInput('1e1', 15)).toMatchObject({ ok: false, problem: 'not-a-number' });
    expect(parseScoreInput('1.2.3', 15)).toMatchObject({ ok: false, problem: 'not-a-number' });
    expect(parseScoreInput('+3', 15)).toMatchObject({ ok: false, problem: 'not-a-number' });
  });

  it('takes a maximum that is itself fractional', () => {
    expect(parseScoreInput('12.5', 12.5)).toEqual({ ok: true, score: 12.5 });
    expect(parseScoreInput('12.6', 12.5)).toMatchObject({ ok: false, problem: 'above-maximum' });
  });

  it('shows a score again in ASCII', () => {
    expect(scoreText(85.5)).toBe('85.5');
    expect(scoreText(12)).toBe('12');
    expect(scoreText(null)).toBe('');
  });
});
