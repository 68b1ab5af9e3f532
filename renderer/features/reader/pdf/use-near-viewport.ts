import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether `ref`'s element is on screen or within one screen of it, inside the scrolling `root`:
 * a page is drawn only then, and let go when it leaves, so a 200-page PDF draws a handful.
 */
export function useNearViewport(
  ref: RefObject<HTMLElement | null>,
  root: RefObject<HTMLElement | null>,
  /** Taken as near before the observer first answers (the page the reader opens on). */
  startNear = false,
): boolean {
  const [near, setNear] = useState(startNear);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { root: root.current, rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, root]);
  return near;
}
