import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  newAnnotationId,
  selectorsFor,
} from '../../../renderer/app/annotation-anchor';

const text = '质量方针明确。质量目标分解到班组。质量目标每季度评审。';

describe('annotation anchors', () => {
  it('keeps the quote, its context and its offsets', () => {
    const start = text.indexOf('质量目标', 8);
    const [quote, position] = selectorsFor(text, start, start + 4)!;
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '质量目标',
      prefix: text.slice(0, start),
      suffix: '每季度评审。',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 4 });
    expect(selectorsFor(text, 3, 3)).toBeNull();
  });

  it('finds the passage again by its context, even when the text before it grew', () => {
    const start = text.indexOf('质量目标', 8);
    const [quote, position] = selectorsFor(text, start, start + 4)!;
    const edited = `前言。${text}`;
    // The first 质量目标 comes earlier, but only the second has this context.
    expect(anchorQuote(edited, quote, position)).toEqual({ start: start + 3, end: start + 7 });
    expect(anchorQuote('全文已替换。', quote, position)).toBeNull();
  });

  it('draws ids the journal accepts', () => {
    const id = newAnnotationId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newAnnotationId()).not.toBe(id);
  });
});
