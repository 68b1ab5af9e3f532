/**
 * The quote a search hit hands the reader (W3C TextQuoteSelector): the match as written, with up
 * to 32 characters on each side, never past the hit's line. The search reads a Word material as
 * mammoth's raw text, whose paragraphs end in a blank line where the rendered page has no
 * character at all, and a PDF page as its text items joined, exactly as the text layer holds
 * them: a context that stops at the line holds only characters the reader's text holds too, in
 * the same order, so the reader's anchorQuote (reader/word/passage-anchor.ts) finds the passage
 * with its whole context.
 */
import type { TextQuoteSelector } from '../../../shared/journal/annotation-selector';

/** As much context as an annotation keeps, so the reader compares as much. */
export const QUOTE_CONTEXT = 32;

const LINE_BREAK = /[\r\n]/;

export function quoteForHit(text: string, start: number, end: number): TextQuoteSelector {
  let from = start;
  while (from > 0 && start - from < QUOTE_CONTEXT && !LINE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < QUOTE_CONTEXT && !LINE_BREAK.test(text[to]!)) to++;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}
