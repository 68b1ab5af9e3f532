/**
 * A PDF page's text as its text layer holds it, and the page a quoted passage is on. pdf.js's
 * text layer writes one span per text item with the item's string as its text (and a bare <br>
 * at a line's end), so the text layer's text is the items' strings joined: the offsets of an
 * annotation made in the layer count in this same text, and a page's text can be read without
 * drawing the page. Pure.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../../shared/journal/annotation-selector';
import { anchorQuote } from '../word/passage-anchor';
import type { TextSpan } from '../word/passage-anchor';

/** The text of a page's text content items (marked-content items carry no string). */
export function textOfItems(items: readonly object[]): string {
  let text = '';
  for (const item of items) {
    if ('str' in item && typeof item.str === 'string') text += item.str;
  }
  return text;
}

/** Where a passage is found: the page and its offsets in that page's text. */
export interface PageSpan extends TextSpan {
  readonly page: number;
}

/**
 * The first of `pages` (in the order given) whose text holds the quote, read one page at a
 * time through `textOf` (which may fail: such a page holds nothing); null when none does.
 */
export async function findOnPages(
  pages: readonly number[],
  textOf: (page: number) => Promise<string>,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Promise<PageSpan | null> {
  for (const page of pages) {
    const text = await textOf(page).catch(() => '');
    const span = anchorQuote(text, quote, position);
    if (span) return { page, ...span };
  }
  return null;
}

/**
 * The pages to look on for a passage: its own page alone for an annotation (found elsewhere it
 * would point at another passage); for a search hit, its page first, then every other in order.
 */
export function pagesToSearch(
  pageCount: number,
  page: number | undefined,
  everywhere: boolean,
): number[] {
  const own = page !== undefined && page >= 1 && page <= pageCount ? [page] : [];
  if (!everywhere) return own;
  const rest = Array.from({ length: pageCount }, (_, i) => i + 1).filter((n) => n !== page);
  return [...own, ...rest];
}
