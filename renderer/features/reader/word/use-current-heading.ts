import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The number of the heading the reader is in: the last one whose top has scrolled past the top
 * of the scroll area. Read once per frame while scrolling, from the headings already inserted.
 */
export function useCurrentHeading(scrollRef: RefObject<HTMLElement | null>): number | undefined {
  const [current, setCurrent] = useState<number>();
  useEffect(() => {
    const area = scrollRef.current;
    if (!area) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = area.getBoundingClientRect().top + 48;
      let found: number | undefined;
      for (const heading of Array.from(area.querySelectorAll('[data-heading]'))) {
        if (heading.getBoundingClientRect().top > top) break;
        found = Number(heading.getAttribute('data-heading'));
      }
      setCurrent(found);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    area.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      area.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scrollRef]);
  return current;
}
