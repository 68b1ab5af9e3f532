// @vitest-environment jsdom
/**
 * A hit's quote and the readers' text: the quote the search hands over is found by the reader's
 * own anchorQuote, with its whole context, in the text the reader shows. For Word, that text is
 * the rendered page's (mammoth's HTML, sanitised and inserted as the reader inserts it, read as
 * its text nodes joined: paragraphs with nothing between them) while the search read mammoth's raw text (paragraphs end in a blank line); for a
 * PDF both read the page's text items joined.
 */
import { describe, expect, it } from 'vitest';
import {
  convertDocx,
  extractDocxText,
} from '../../../../renderer/features/reader/word/convert-docx';
import { anchorQuote } from '../../../../renderer/features/reader/word/passage-anchor';
import { insertWordHtml } from '../../../../renderer/features/reader/word/trusted-types';
import { QUOTE_CONTEXT, quoteForHit } from '../../../../renderer/features/search/quote-for-hit';
import { createSearchIndex } from '../../../../shared/search/search-index';
import { chineseDocx } from '../../../e2e/reader-fixture/chinese-docx';

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('quote for a hit', () => {
  it('keeps up to 32 characters a side, never past the line', () => {
    const text = `前一段。\n\n${'甲'.repeat(40)}质量${'乙'.repeat(40)}\n后一段`;
    const start = text.indexOf('质量');
    const quote = quoteForHit(text, start, start + 2);
    expect(quote.exact).toBe('质量');
    expect(quote.prefix).toBe('甲'.repeat(QUOTE_CONTEXT));
    expect(quote.suffix).toBe('乙'.repeat(QUOTE_CONTEXT));
    const short = quoteForHit('段首\n质量管理\n段尾', 3, 5);
    expect(short).toEqual({ type: 'TextQuoteSelector', exact: '质量', prefix: '', suffix: '管理' });
  });

  it('is found with its whole context in the rendered Word page', async () => {
    const bytes = await chineseDocx(2, 3);
    const raw = await extractDocxText(buffer(bytes));
    const conversion = await convertDocx(buffer(bytes));
    if (raw === null || !conversion.ok) throw new Error('not converted');
    const page = document.createElement('div');
    for (const chunk of conversion.chunks) {
      const section = document.createElement('section');
      insertWordHtml(section, chunk.html, new Map());
      page.append(section);
    }
    const shown = page.textContent ?? '';
    expect(shown).toContain('一次交验合格率');

    const index = createSearchIndex();
    index.add({ id: 'm', groupId: 'a', text: raw });
    let checked = 0;
    for (const term of ['合格率', '质量管理经验', '申报单位', '顾客满意度', '主要做法']) {
      const { hits } = index.search(term, { maxHits: 1000 });
      expect(hits.length, term).toBeGreaterThan(0);
      for (const hit of hits) {
        const quote = quoteForHit(raw, hit.start, hit.end);
        const span = anchorQuote(shown, quote);
        expect(span, term).not.toBeNull();
        expect(shown.slice(span!.start, span!.end)).toBe(quote.exact);
        // The whole context, not just the match: the reader marks this very place.
        expect(shown.slice(span!.start - quote.prefix!.length, span!.start)).toBe(quote.prefix);
        expect(shown.slice(span!.end, span!.end + quote.suffix!.length)).toBe(quote.suffix);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('is found in a PDF page as the text layer joins its items', () => {
    // Items as pdf.js gives them, one per line; the text layer holds them joined.
    const items = [
      '全国质量标杆申报材料',
      '申报单位：华东精密机械股份有限公司',
      '一次交验合格率提升',
    ];
    const page = items.join('');
    const index = createSearchIndex();
    index.add({ id: 'm#1', groupId: 'a', text: page });
    // Across two items: the layer's text holds it, so the search finds it too.
    const [hit] = index.search('材料申报').hits;
    expect(hit).toBeDefined();
    const quote = quoteForHit(page, hit!.start, hit!.end);
    expect(anchorQuote(page, quote)).toEqual({ start: hit!.start, end: hit!.end });
  });
});
