/**
 * Where a quoted passage stands in a material's text now (W3C TextQuoteSelector, with a
 * TextPositionSelector as a hint): the place whose context matches best, or null when the text
 * no longer holds the quote, so the reader says so instead of pointing somewhere else. Pure: the
 * Word view matches against its page's text, the PDF view against a page's text layer, and the
 * app against the same text when an annotation is made.
 *
 * An exact match is tried first. Failing that, the quote is matched with every white space left
 * out on both sides: a search index or a PDF's text may join lines and paragraphs with spaces or
 * line breaks that the rendered text does not hold (or the other way round), and Chinese text
 * carries no meaning in that white space.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../../shared/journal/annotation-selector';

/** Offsets in UTF-16 code units, `end` exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Context compared on each side of a candidate: as much as an annotation keeps. */
const CONTEXT = 32;

const SPACE = /\s/;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The best of the places `exact` occurs in `text`: the most context matched on both sides, then
 * the nearest to `hint` (a start offset in `text`), then the first.
 */
function bestOccurrence(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | undefined,
): number | null {
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT), at);
    const after = text.slice(at + exact.length, at + exact.length + CONTEXT);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best?.at ?? null;
}

/** `text` without white space, and for each kept character its offset in `text`. */
export function compactText(text: string): { readonly compact: string; readonly origin: number[] } {
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (SPACE.test(c)) continue;
    compact += c;
    origin.push(i);
  }
  return { compact, origin };
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): TextSpan | null {
  const prefix = (quote.prefix ?? '').slice(-CONTEXT);
  const suffix = (quote.suffix ?? '').slice(0, CONTEXT);
  const exact = bestOccurrence(text, quote.exact, prefix, suffix, position?.start);
  if (exact !== null) return { start: exact, end: exact + quote.exact.length };

  const wanted = withoutSpace(quote.exact);
  if (wanted === '') return null;
  const { compact, origin } = compactText(text);
  const hint =
    position === undefined ? undefined : origin.findIndex((offset) => offset >= position.start);
  const at = bestOccurrence(
    compact,
    wanted,
    withoutSpace(prefix),
    withoutSpace(suffix),
    hint === -1 ? undefined : hint,
  );
  if (at === null) return null;
  return { start: origin[at]!, end: origin[at + wanted.length - 1]! + 1 };
}

/**
 * The piece of `pieces` (texts joined in order, as chunks or pages) that holds the start of the
 * quote, or null when the joined text does not hold it.
 */
export function pieceHolding(
  pieces: readonly string[],
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): number | null {
  const span = anchorQuote(pieces.join(''), quote, position);
  if (span === null) return null;
  let end = 0;
  for (const [index, piece] of pieces.entries()) {
    end += piece.length;
    if (span.start < end) return index;
  }
  return null;
}
