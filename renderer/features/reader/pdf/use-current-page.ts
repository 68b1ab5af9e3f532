import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Of `count` boxes in order down the page (`topOf(i)` rising with i), the last whose top is at or
 * above `line`; the first when none is. A binary search: a few reads among hundreds of pages.
 */
export function lastStartingBy(
  count: number,
  topOf: (index: number) => number,
  line: number,
): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (topOf(middle) <= line) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * The page the reader is on, in the scrolling pane `scroll` whose children carry `data-page`:
 * the last page whose top is above the pane's upper third (a page filling most of the pane is
 * the current one, as a PDF reader counts it). Followed on scroll, at most once a frame; the
 * pages are in order, so a binary search finds it among hundreds.
 */
export function useCurrentPage(scroll: RefObject<HTMLElement | null>, pageCount: number): number {
  const [current, setCurrent] = useState(1);
  useEffect(() => {
    const pane = scroll.current;
    if (!pane) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const pages = pane.querySelectorAll<HTMLElement>(':scope > [data-page]');
      if (pages.length === 0) return;
      const line = pane.getBoundingClientRect().top + pane.clientHeight / 3;
      const index = lastStartingBy(
        pages.length,
        (i) => pages[i]!.getBoundingClientRect().top,
        line,
      );
      setCurrent(Number(pages[index]!.dataset.page) || 1);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    pane.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(onScroll);
    resized.observe(pane);
    return () => {
      pane.removeEventListener('scroll', onScroll);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroll, pageCount]);
  return Math.min(current, Math.max(1, pageCount));
}
