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

/**
 * Where the quote stands in a text now (the place whose context matches best, or null): the
 * reader's own matching, so an annotation is found again exactly as the reader marks it.
 */
export { anchorQuote } from '../features/reader/word/passage-anchor';

/** A new annotation's id: random and URL-safe, as the journal asks. */
export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
