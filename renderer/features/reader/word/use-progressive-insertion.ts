import { useCallback, useEffect, useState } from 'react';

/**
 * How many chunks are inserted: the first at once, then one more per task, so the first screen
 * comes quickly and no single task holds the page long enough to stall scrolling.
 * `reveal(n)` inserts at once every chunk up to n (the outline or a footnote link wants it).
 */
export function useProgressiveInsertion(total: number): {
  readonly shown: number;
  readonly reveal: (upTo: number) => void;
} {
  const [shown, setShown] = useState(Math.min(1, total));
  useEffect(() => {
    if (shown >= total) return undefined;
    const timer = setTimeout(() => setShown((count) => Math.min(total, count + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  const reveal = useCallback(
    (upTo: number) => setShown((count) => Math.max(count, Math.min(total, upTo))),
    [total],
  );
  return { shown, reveal };
}
