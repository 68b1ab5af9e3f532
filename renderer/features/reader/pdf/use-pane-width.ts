import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width of `ref`'s element, followed as the window or the layout changes; read first before
 * the browser paints, so what depends on it (the pages) is laid out in the same frame.
 */
export function usePaneWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
