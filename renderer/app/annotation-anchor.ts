/**
 * A selection in a material's text as W3C selectors (quote with context, and offsets), and the
 * way back: the quote found again in the text, by its context first, or null when the text no
 * longer holds it (the reader then says so instead of pointing somewhere else).
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../shared/journal/annotation-selector';

/** Context kept on each side of a quote: enough to tell two equal passages apart. */
const CONTEXT = 32;
/** The longest quote kept (the journal's limit). */
const QUOTE_MAX = 2000;

export function selectorsFor(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] | null {
  const exact = text.slice(start, Math.min(end, start + QUOTE_MAX));
  if (exact.trim() === '') return null;
  const to = start + exact.length;
  return [
    {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(to, to + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end: to },
  ];
}

/** Where the quote stands in `text` now: the place whose context matches best, or null. */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): { start: number; end: number } | null {
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + CONTEXT);
    let score = 0;
    if (quote.prefix && before.endsWith(quote.prefix)) score += 2;
    if (quote.suffix && after.startsWith(quote.suffix)) score += 2;
    if (position && position.start === at) score += 1;
    if (best === null || score > best.score) best = { start: at, score };
  }
  return best === null ? null : { start: best.start, end: best.start + quote.exact.length };
}

/** A new annotation's id: random and URL-safe, as the journal asks. */
export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
