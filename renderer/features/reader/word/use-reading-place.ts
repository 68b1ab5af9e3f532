import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { samePlace } from './reading-place';
import type { ReadingPlace } from './reading-place';

/** What a reader takes to bring the expert back where they were, and to say where they are. */
export interface ReadingPlaceProps {
  /** Where to open (the place saved last); null or absent: at the top. */
  readonly startAt?: ReadingPlace | null;
  /** Told where the expert is whenever they have scrolled (at most once a frame). */
  readonly onPlace?: (place: ReadingPlace) => void;
}

/**
 * Brings the pane `scroller` to `startAt` once the document is laid out (`ready`), once only,
 * and not if the expert has scrolled already (a passage asked for, or their own choice, wins);
 * a place that arrives after opening (the journal read a moment later) is still taken until
 * then. After that, every scroll tells `onPlace` where the view is, when it has moved.
 */
export function useReadingPlace(options: {
  readonly scroller: RefObject<HTMLElement | null>;
  readonly ready: boolean;
  readonly startAt: ReadingPlace | null | undefined;
  readonly onPlace: ((place: ReadingPlace) => void) | undefined;
  readonly measure: (pane: HTMLElement) => ReadingPlace | null;
  readonly go: (pane: HTMLElement, place: ReadingPlace) => void;
}): void {
  const { scroller, ready, startAt } = options;
  const latest = useRef(options);
  latest.current = options;
  // Settled: the saved place was restored, or the view moved otherwise first.
  const settled = useRef(false);
  const told = useRef<ReadingPlace | null>(null);
  const restoring = useRef(false);

  useEffect(() => {
    const pane = scroller.current;
    if (!pane || !ready || settled.current || !startAt) return;
    settled.current = true;
    // Moved from the top before it was laid out: the expert (or a passage asked for) chose.
    if (pane.scrollTop > 1) return;
    latest.current.go(pane, startAt);
    restoring.current = pane.scrollTop > 1;
    told.current = latest.current.measure(pane);
  }, [scroller, ready, startAt]);

  useEffect(() => {
    const pane = scroller.current;
    if (!pane || !ready) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const place = latest.current.measure(pane);
      if (restoring.current) {
        // The scroll our own restoring caused: where it landed is where the expert is.
        restoring.current = false;
        told.current = place;
        return;
      }
      settled.current = true;
      if (place === null || samePlace(place, told.current)) return;
      told.current = place;
      latest.current.onPlace?.(place);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      pane.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scroller, ready]);
}
