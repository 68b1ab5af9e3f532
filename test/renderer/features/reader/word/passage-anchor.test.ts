import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  compactText,
  pieceHolding,
} from '../../../../../renderer/features/reader/word/passage-anchor';
import type { TextQuoteSelector } from '../../../../../shared/journal/annotation-selector';

const quote = (exact: string, prefix?: string, suffix?: string): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  ...(prefix === undefined ? {} : { prefix }),
  ...(suffix === undefined ? {} : { suffix }),
});

const text = '质量方针明确。质量目标分解到班组。质量目标每季度评审。';

describe('anchoring a quote in a text', () => {
  it('finds the only occurrence', () => {
    expect(anchorQuote(text, quote('分解到班组'))).toEqual({ start: 11, end: 16 });
  });

  it('chooses the occurrence whose context matches, wherever the position hint points', () => {
    const second = text.indexOf('质量目标', 8);
    const found = anchorQuote(text, quote('质量目标', '分解到班组。', '每季度'), {
      type: 'TextPositionSelector',
      start: 7,
      end: 11,
    });
    expect(found).toEqual({ start: second, end: second + 4 });
  });

  it('prefers the longer partial context when the text around it changed a little', () => {
    const edited = '质量方针明确。质量目标分解到各班组。质量目标每年评审。';
    // The prefix "分解到班组。" now reads "分解到各班组。": its last three characters still match.
    const found = anchorQuote(edited, quote('质量目标', '分解到班组。', '每季度'));
    expect(found?.start).toBe(edited.indexOf('质量目标', 8));
  });

  it('without context, takes the occurrence nearest the position hint', () => {
    const second = text.indexOf('质量目标', 8);
    expect(
      anchorQuote(text, quote('质量目标'), {
        type: 'TextPositionSelector',
        start: second + 2,
        end: second + 6,
      }),
    ).toEqual({ start: second, end: second + 4 });
    expect(anchorQuote(text, quote('质量目标'))).toEqual({ start: 7, end: 11 });
  });

  it('matches across white space the rendered text does not hold, and maps back to its offsets', () => {
    // A search index joins paragraphs with a line break; the page's text nodes do not.
    const page = '第一段结尾。第二段开头，继续。';
    expect(anchorQuote(page, quote('结尾。\n\n第二段'))).toEqual({ start: 3, end: 9 });
    // And the other way round: the page has spaces (a PDF's text items) the quote lacks.
    const pdfPage = '申报单位 ： 华东精密 机械股份有限公司';
    const found = anchorQuote(pdfPage, quote('华东精密机械'));
    expect(found).toEqual({ start: 7, end: 14 });
    expect(pdfPage.slice(found!.start, found!.end)).toBe('华东精密 机械');
  });

  it('says null when the text no longer holds the quote', () => {
    expect(anchorQuote('全文已替换。', quote('质量目标'))).toBeNull();
    expect(anchorQuote(text, quote(' \n '))).toBeNull();
    expect(anchorQuote('', quote('质量'))).toBeNull();
  });

  it('compacts text keeping each character’s offset', () => {
    expect(compactText('a b\n c')).toEqual({ compact: 'abc', origin: [0, 2, 5] });
  });

  it('names the piece (chunk or page) that holds a quote', () => {
    const pieces = ['第一块文字。', '第二块文字，', '目标在此处。'];
    expect(pieceHolding(pieces, quote('目标在此'))).toBe(2);
    expect(pieceHolding(pieces, quote('文字，目标'))).toBe(1);
    expect(pieceHolding(pieces, quote('第一块'))).toBe(0);
    expect(pieceHolding(pieces, quote('不存在'))).toBeNull();
    expect(pieceHolding([], quote('不存在'))).toBeNull();
  });
});
