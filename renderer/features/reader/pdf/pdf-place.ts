/**
 * A PDF's reading place from its column of pages, and back: the page under the view's top edge
 * and how far down that page the edge is. Page boxes are in the scroll content's coordinates;
 * `gap` is the pane's top padding, left above a page scrolled to (as opening a page does).
 */
import { clampFraction } from '../word/reading-place';
import type { ReadingPlace } from '../word/reading-place';
import { lastStartingBy } from './use-current-page';

export interface PageBox {
  /** From the top of the scroll content, in CSS pixels. */
  readonly top: number;
  readonly height: number;
}

/** The place shown at `scrollTop`: the last page starting at or above the view's top edge. */
export function placeInPages(
  scrollTop: number,
  pages: readonly PageBox[],
  gap: number,
): ReadingPlace | null {
  if (pages.length === 0) return null;
  const line = scrollTop + gap;
  const index = lastStartingBy(pages.length, (i) => pages[i]!.top, line);
  const box = pages[index]!;
  const fraction = box.height > 0 ? clampFraction((line - box.top) / box.height) : 0;
  return { page: index + 1, fraction };
}

/** The scroll position that shows `place` again (page out of range: the nearest page). */
export function scrollTopForPlace(place: ReadingPlace, pages: readonly PageBox[], gap: number) {
  if (pages.length === 0) return 0;
  const index = Math.min(Math.max((place.page ?? 1) - 1, 0), pages.length - 1);
  const box = pages[index]!;
  return Math.max(0, Math.round(box.top + clampFraction(place.fraction) * box.height - gap));
}
