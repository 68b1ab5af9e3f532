/** Which page is the current one: the last whose top has passed the pane's upper third. */
import { describe, expect, it } from 'vitest';
import { lastStartingBy } from '../../../../../renderer/features/reader/pdf/use-current-page';

describe('lastStartingBy', () => {
  // 200 pages of 1,100 px with 12 px between them, the first at 16 px.
  const top = (index: number) => 16 + index * 1112;

  it('finds the page whose top is the last at or above the line', () => {
    expect(lastStartingBy(200, top, 300)).toBe(0);
    expect(lastStartingBy(200, top, top(56))).toBe(56);
    expect(lastStartingBy(200, top, top(56) - 1)).toBe(55);
    expect(lastStartingBy(200, top, top(199) + 5000)).toBe(199);
  });

  it('gives the first page when the line is above every page, or there is one page', () => {
    expect(lastStartingBy(200, top, -50)).toBe(0);
    expect(lastStartingBy(1, top, 9999)).toBe(0);
  });

  it('reads only a few tops among hundreds', () => {
    let reads = 0;
    lastStartingBy(
      1000,
      (i) => {
        reads += 1;
        return top(i);
      },
      top(640) + 10,
    );
    expect(reads).toBeLessThanOrEqual(11);
  });
});
