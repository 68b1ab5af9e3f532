import { describe, expect, it } from 'vitest';
import {
  placeInPages,
  scrollTopForPlace,
} from '../../../../../renderer/features/reader/pdf/pdf-place';
import type { PageBox } from '../../../../../renderer/features/reader/pdf/pdf-place';

/** `count` pages of `height` px, `margin` px apart, under a pane padding of `gap` px. */
function column(count: number, height: number, margin: number, gap: number): PageBox[] {
  return Array.from({ length: count }, (_, i) => ({ top: gap + i * (height + margin), height }));
}

describe('a PDF reading place', () => {
  const gap = 16;
  const pages = column(200, 1000, 12, gap);

  it('is page 1 at its top when nothing is scrolled', () => {
    expect(placeInPages(0, pages, gap)).toEqual({ page: 1, fraction: 0 });
  });

  it('names the page under the top edge and how far down it the edge is', () => {
    // Page 3 starts at 16 + 2 × 1012 = 2040; the edge (scrollTop + gap) 250 px into it.
    expect(placeInPages(2040 - gap + 250, pages, gap)).toEqual({ page: 3, fraction: 0.25 });
  });

  it('counts the margin below a page as its end', () => {
    expect(placeInPages(1000 + 5, pages, gap)).toEqual({ page: 1, fraction: 1 });
  });

  it('comes back to the same place, at any zoom', () => {
    for (const scale of [0.5, 1, 1.75]) {
      const zoomed = column(200, 1000 * scale, 12, gap);
      const top = scrollTopForPlace({ page: 57, fraction: 0.4 }, zoomed, gap);
      expect(placeInPages(top, zoomed, gap)).toEqual({ page: 57, fraction: 0.4 });
    }
  });

  it('goes to the nearest page when the place names one the document lacks', () => {
    expect(scrollTopForPlace({ page: 999, fraction: 0 }, pages, gap)).toBe(199 * 1012);
    expect(scrollTopForPlace({ fraction: 0.5 }, pages, gap)).toBe(500);
  });

  it('has no place without pages', () => {
    expect(placeInPages(0, [], gap)).toBeNull();
    expect(scrollTopForPlace({ page: 2, fraction: 0.5 }, [], gap)).toBe(0);
  });
});
