/**
 * What an expert types in a score field, read as a score: full-width digits and point
 * ("８５．５") as well as ASCII, the ideographic full stop "。" as a point (what a Chinese IME
 * gives for "."), spaces (full-width too) ignored at the ends. A number half typed ("８５．",
 * "．５"), anything that is not a number, a negative one, more than one decimal place, or one
 * above the part's maximum is refused with the reason, never rounded or clamped silently. An
 * empty field clears the score. Pure: the screen says the reason in words.
 */

/** Why a typed score is not taken. */
export type ScoreInputProblem =
  'half-typed' | 'not-a-number' | 'below-zero' | 'too-precise' | 'above-maximum';

export type ScoreInput =
  | { readonly ok: true; readonly score: number | null }
  | { readonly ok: false; readonly problem: ScoreInputProblem; readonly maxPoints: number };

/** Decimal places a score may have: tenths (85.5), as review sheets are kept. */
export const SCORE_DECIMALS = 1;

/** The typed text with full-width forms folded to ASCII and the ends trimmed. */
export function foldScoreText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[。｡]/g, '.')
    .replace(/^\s+|\s+$/g, '');
}

export function parseScoreInput(text: string, maxPoints: number): ScoreInput {
  const folded = foldScoreText(text);
  const refuse = (problem: ScoreInputProblem): ScoreInput => ({ ok: false, problem, maxPoints });
  if (folded === '') return { ok: true, score: null };
  if (/^[-−]/.test(folded)) {
    return /^[-−]\s*\d*\.?\d*$/.test(folded) ? refuse('below-zero') : refuse('not-a-number');
  }
  if (/^\+/.test(folded)) return refuse('not-a-number');
  // A point with no digit on one side: the person is still typing ("85." or ".5").
  if (/^\d+\.$/.test(folded) || /^\.\d*$/.test(folded)) return refuse('half-typed');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(folded);
  if (!match) return refuse('not-a-number');
  if ((match[2]?.length ?? 0) > SCORE_DECIMALS) return refuse('too-precise');
  const score = Number(folded);
  if (!Number.isFinite(score)) return refuse('not-a-number');
  if (score > maxPoints + 1e-9) return refuse('above-maximum');
  return { ok: true, score };
}

/** A score as the field shows it again: ASCII digits, no trailing zeros ("85.5", "12"). */
export function scoreText(score: number | null | undefined): string {
  if (score === null || score === undefined) return '';
  return String(Math.round(score * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS);
}
