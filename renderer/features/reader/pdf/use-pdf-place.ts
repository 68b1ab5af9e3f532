import type { RefObject } from 'react';
import type { ReadingPlace } from '../word/reading-place';
import { useReadingPlace } from '../word/use-reading-place';
import type { ReadingPlaceProps } from '../word/use-reading-place';
import { placeInPages, scrollTopForPlace } from './pdf-place';
import type { PageBox } from './pdf-place';

/** The pane's pages as boxes in its scroll content, and the padding above the first. */
function layoutOf(pane: HTMLElement): { pages: PageBox[]; gap: number } {
  const paneTop = pane.getBoundingClientRect().top;
  const pages = Array.from(pane.querySelectorAll<HTMLElement>(':scope > [data-page]'), (page) => {
    const box = page.getBoundingClientRect();
    return { top: box.top - paneTop + pane.scrollTop, height: box.height };
  });
  return { pages, gap: parseFloat(getComputedStyle(pane).paddingTop) || 0 };
}

const measure = (pane: HTMLElement): ReadingPlace | null => {
  const { pages, gap } = layoutOf(pane);
  return placeInPages(pane.scrollTop, pages, gap);
};

const go = (pane: HTMLElement, place: ReadingPlace): void => {
  const { pages, gap } = layoutOf(pane);
  pane.scrollTop = scrollTopForPlace(place, pages, gap);
};

/** A PDF's place: its page and how far down it, which holds at any zoom. */
export function usePdfPlace(options: {
  readonly scroller: RefObject<HTMLElement | null>;
  /** The pages are laid out (the pane has its width). */
  readonly ready: boolean;
  readonly place: ReadingPlaceProps;
}): void {
  useReadingPlace({
    scroller: options.scroller,
    ready: options.ready,
    startAt: options.place.startAt,
    onPlace: options.place.onPlace,
    measure,
    go,
  });
}
