/**
 * A PDF's text page by page, through the reader's one pdf.js door (its own worker, its time
 * limits): each page's text as the text layer holds it, so a hit's quote is in the reader's text.
 * A page that cannot be read counts as one without text; a file pdf.js cannot open is null.
 */
import { openPdf, readPageText } from '../reader/pdf/pdfjs';
import type { BuildSignal } from './search-build';

/** More pages than this are not read for search (a 200-page material is large). */
export const MAX_SEARCH_PAGES = 3000;

export async function readPdfPageTexts(
  bytes: Uint8Array,
  signal: BuildSignal,
): Promise<string[] | null> {
  const opening = openPdf(bytes);
  try {
    const doc = await opening.document;
    const pages: string[] = [];
    const count = Math.min(doc.numPages, MAX_SEARCH_PAGES);
    for (let page = 1; page <= count && !signal.cancelled; page++) {
      pages.push(await readPageText(doc, page).catch(() => ''));
    }
    return pages;
  } catch {
    return null;
  } finally {
    opening.close();
  }
}
