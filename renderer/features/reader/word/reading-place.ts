/**
 * Where the expert is in a material (the journal's `reading-position`: a PDF's page and how far
 * down it, or how far down a Word document), and the arithmetic from a scrolled pane to a place
 * and back. Fractions are of the scrollable distance, so the top of a document is 0 and its end
 * 1 whatever the window's height; a PDF's is of the page, so it holds at any zoom.
 */

export interface ReadingPlace {
  /** A PDF page, 1-based; absent for Word. */
  readonly page?: number;
  /** How far down the page (PDF) or the document (Word), 0 to 1. */
  readonly fraction: number;
}

/** Rounded to 1/10 000: a place is kept in the journal, not a pixel's noise. */
export function clampFraction(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value >= 1) return 1;
  return Math.round(value * 10_000) / 10_000;
}

/** How far down a scrolled document its view is: 0 at the top, 1 scrolled to the end. */
export function documentFraction(
  scrollTop: number,
  scrollHeight: number,
  clientHeight: number,
): number {
  const distance = scrollHeight - clientHeight;
  return distance <= 0 ? 0 : clampFraction(scrollTop / distance);
}

/** The scroll position that shows `fraction` of the document again. */
export function scrollTopForFraction(
  fraction: number,
  scrollHeight: number,
  clientHeight: number,
): number {
  return Math.round(clampFraction(fraction) * Math.max(0, scrollHeight - clientHeight));
}

/** Two places the reader would not tell apart (a re-measure after restoring one, say). */
export function samePlace(a: ReadingPlace | null, b: ReadingPlace | null): boolean {
  if (a === null || b === null) return a === b;
  return a.page === b.page && Math.abs(a.fraction - b.fraction) < 0.002;
}
