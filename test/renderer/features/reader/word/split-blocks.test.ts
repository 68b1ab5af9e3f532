import { describe, expect, it } from 'vitest';
import {
  chunkHtml,
  plainText,
  topLevelBlocks,
} from '../../../../../renderer/features/reader/word/split-blocks';
import {
  firstHeadings,
  outlineOf,
} from '../../../../../renderer/features/reader/word/word-outline';

describe('topLevelBlocks', () => {
  it('cuts between top-level elements only, nested and self-closing tags included', () => {
    const html =
      '<h1>一</h1><p>a<br />b<img src="qbr-image:0" /></p><table><tr><td><p>x</p></td></tr></table><ul><li>1<ul><li>2</li></ul></li></ul>';
    expect(topLevelBlocks(html)).toEqual([
      '<h1>一</h1>',
      '<p>a<br />b<img src="qbr-image:0" /></p>',
      '<table><tr><td><p>x</p></td></tr></table>',
      '<ul><li>1<ul><li>2</li></ul></li></ul>',
    ]);
  });

  it('loses nothing, even text between blocks or an unclosed tail', () => {
    const html = '<p>a</p>loose<p>b';
    expect(topLevelBlocks(html).join('')).toBe(html);
  });
});

describe('plainText', () => {
  it("drops tags and decodes mammoth's entities", () => {
    expect(plainText('<strong>A &amp; B &lt;C&gt;</strong> &quot;x&quot; &#x4E2D;&#25991;')).toBe(
      'A & B <C> "x" 中文',
    );
  });
});

describe('chunkHtml', () => {
  const paragraphs = Array.from({ length: 100 }, (_, i) => `<p>第${i}段，质量管理。</p>`);
  const html = `<h1>总体</h1>${paragraphs.join('')}<h2>二、&amp; <em>细则</em></h2><p>末</p>`;

  it('makes a small first chunk and larger later ones, never cutting a block', () => {
    const chunks = chunkHtml(html, { first: 200, rest: 1_000 });
    expect(chunks.map((chunk) => chunk.html).join('')).toBe(html);
    expect(chunks[0]!.html.length).toBeLessThan(300);
    expect(chunks[1]!.html.length).toBeGreaterThan(900);
    for (const chunk of chunks) expect(chunk.html).toMatch(/^<(h\d|p)>[\s\S]*<\/(h\d|p)>$/);
  });

  it('lists each chunk’s headings, numbered across the document for the outline', () => {
    const chunks = chunkHtml(html, { first: 200, rest: 1_000 });
    const outline = outlineOf(chunks);
    expect(outline.map(({ level, text }) => [level, text])).toEqual([
      [1, '总体'],
      [2, '二、& 细则'],
    ]);
    expect(outline[1]!.heading).toBe(1);
    expect(outline[1]!.chunk).toBe(chunks.length - 1);
    expect(firstHeadings(chunks)[chunks.length - 1]).toBe(1);
  });

  it('counts text, not markup, to estimate a chunk’s height', () => {
    expect(chunkHtml('<p><strong>质量</strong></p>')[0]!.textLength).toBe(2);
  });
});
