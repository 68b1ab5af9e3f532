import { describe, expect, it } from 'vitest';
import {
  findOnPages,
  pagesToSearch,
  textOfItems,
} from '../../../../../renderer/features/reader/pdf/pdf-page-text';
import type { TextQuoteSelector } from '../../../../../shared/journal/annotation-selector';

const quote = (exact: string, prefix?: string): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  ...(prefix === undefined ? {} : { prefix }),
});

describe('a PDF page’s text', () => {
  it('is its items’ strings joined, as the text layer holds them', () => {
    const items = [
      { str: '申报单位：', hasEOL: false },
      { type: 'beginMarkedContent' },
      { str: '华东精密', hasEOL: true },
      { type: 'endMarkedContent' },
      { str: '', hasEOL: true },
      { str: 'Quality', hasEOL: false },
    ];
    expect(textOfItems(items)).toBe('申报单位：华东精密Quality');
    expect(textOfItems([])).toBe('');
  });

  it('finds the page a passage is on, in the order asked, over pages that fail to read', async () => {
    const pages: Record<number, string> = {
      1: '第一页：质量方针。',
      2: '第二页：质量目标分解到班组。',
      3: '第三页：质量目标每季度评审。',
    };
    const read: number[] = [];
    const textOf = async (page: number) => {
      read.push(page);
      if (page === 4) throw new Error('damaged page');
      return pages[page] ?? '';
    };
    expect(await findOnPages([3, 1, 2], textOf, quote('质量目标'))).toEqual({
      page: 3,
      start: 4,
      end: 8,
    });
    expect(read).toEqual([3]);
    expect(await findOnPages([4, 2], textOf, quote('分解到 班组'))).toEqual({
      page: 2,
      start: 8,
      end: 13,
    });
    expect(await findOnPages([1, 2, 3, 4], textOf, quote('不在任何一页'))).toBeNull();
  });

  it('looks for an annotation on its own page only, and for a search hit everywhere', () => {
    expect(pagesToSearch(5, 3, false)).toEqual([3]);
    expect(pagesToSearch(5, 9, false)).toEqual([]);
    expect(pagesToSearch(5, undefined, false)).toEqual([]);
    expect(pagesToSearch(4, 3, true)).toEqual([3, 1, 2, 4]);
    expect(pagesToSearch(3, undefined, true)).toEqual([1, 2, 3]);
  });
});
