import { useEffect } from 'react';
import type { RefObject } from 'react';
import { documentFraction, scrollTopForFraction } from './reading-place';
import type { ReadingPlace } from './reading-place';
import { useReadingPlace } from './use-reading-place';
import type { ReadingPlaceProps } from './use-reading-place';

const measure = (pane: HTMLElement): ReadingPlace => ({
  fraction: documentFraction(pane.scrollTop, pane.scrollHeight, pane.clientHeight),
});

const go = (pane: HTMLElement, place: ReadingPlace): void => {
  pane.scrollTop = scrollTopForFraction(place.fraction, pane.scrollHeight, pane.clientHeight);
};

/**
 * A Word document's place: how far down the whole document the view is, known only once every
 * chunk is in (before, the height is not the document's). A place to return to has the rest of
 * the chunks inserted at once rather than as the insertion paces them.
 */
export function useDocumentPlace(options: {
  readonly scroller: RefObject<HTMLElement | null>;
  readonly shown: number;
  readonly count: number;
  /** False while something else (the images' URLs) holds the chunks back. */
  readonly insertable: boolean;
  readonly reveal: (count: number) => void;
  readonly place: ReadingPlaceProps;
}): void {
  const { shown, count, insertable, reveal, place } = options;
  const startAt = place.startAt;
  useEffect(() => {
    if (startAt && shown < count) reveal(count);
  }, [startAt, shown, count, reveal]);
  useReadingPlace({
    scroller: options.scroller,
    ready: insertable && shown >= count,
    startAt,
    onPlace: place.onPlace,
    measure,
    go,
  });
}
