// @vitest-environment jsdom
/**
 * The sanitising step on mammoth's real output and on hostile HTML: only the allow-list
 * survives, no URL leaves the document, and images come only from the viewer's blob: URLs.
 */
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../renderer/features/reader/word/convert-docx';
import {
  NEUTRALISED_LINK_CLASS,
  sanitizeWordHtml,
} from '../../../../../renderer/features/reader/word/sanitize-word-html';
import { corpusBytes } from './corpus';

const noImages = new Map<number, string>();

function clean(html: string, images: ReadonlyMap<number, string> = noImages): string {
  const result = sanitizeWordHtml(html, images);
  if (typeof result !== 'string') throw new Error('expected a string without a policy');
  return result;
}

async function sanitisedCorpus(path: string, images = noImages): Promise<string> {
  const result = await convertDocx(await corpusBytes(path));
  if (!result.ok) throw new Error(`${path}: ${result.failure}`);
  return result.chunks.map((chunk) => clean(chunk.html, images)).join('');
}

/** Every URL-bearing attribute value in `html`. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src|action|formaction|xlink:href)="([^"]*)"/g)].map(
    (match) => match[1]!,
  );
}

describe('sanitizeWordHtml', () => {
  it('keeps what mammoth writes for headings, lists, tables and notes', async () => {
    const footnotes = await sanitisedCorpus('mammoth.js/footnotes.docx');
    expect(footnotes).toMatch(/<sup><a href="#qbr-word-footnote-1" id="qbr-word-footnote-ref-1">/);
    expect(footnotes).toMatch(/<li id="qbr-word-footnote-1">/);
    expect(await sanitisedCorpus('mammoth.js/tables.docx')).toMatch(/<table><tbody><tr><td>/);
    expect(await sanitisedCorpus('mammoth.js/simple-list.docx')).toContain(
      '<ul><li>Apple</li><li>Banana</li></ul>',
    );
    expect(clean('<h1>一、总体情况</h1><h2>（一）质量管理</h2>')).toBe(
      '<h1>一、总体情况</h1><h2>（一）质量管理</h2>',
    );
  });

  it('neutralises external links: the text stays, the href goes', async () => {
    const html = await sanitisedCorpus('mammoth.js/footnote-hyperlink.docx');
    expect(html).not.toContain('example.com');
    expect(html).toContain(`<a class="${NEUTRALISED_LINK_CLASS}"`);
    expect(html).toContain('>Example</a>');
  });

  it('lets no URL out of any corpus document: only its own anchors and our blob: images', async () => {
    for (const path of [
      'apache-poi/WordWithAttachments.docx',
      'apache-poi/bib-chernigovka.netdo.ru_download_docs_17459.docx',
      'mammoth.js/footnote-hyperlink.docx',
      'mammoth.js/tiny-picture.docx',
      'mammoth.js/external-picture.docx',
    ]) {
      const images = new Map([...Array(8).keys()].map((id) => [id, `blob:app://bundle/${id}`]));
      for (const url of urls(await sanitisedCorpus(path, images))) {
        expect(url, path).toMatch(/^(?:#qbr-word-|blob:app:\/\/bundle\/\d$)/);
      }
    }
  });

  it('gives embedded images the blob: URL made for them, and drops every other source', () => {
    const images = new Map([[0, 'blob:app://bundle/abc']]);
    expect(clean('<p><img src="qbr-image:0" alt="图1" /></p>', images)).toBe(
      '<p><img src="blob:app://bundle/abc" alt="图1"></p>',
    );
    for (const src of [
      'qbr-image:7',
      'qbr-image:none',
      'https://example.com/x.png',
      'file:///etc/passwd',
      'data:image/png;base64,iVBORw0KGgo=',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://evil.example/1',
      '//example.com/x.png',
    ]) {
      expect(clean(`<img src="${src}">`, images), src).toBe('<img>');
    }
  });

  it('removes scripts, handlers, styles, forms, frames and foreign ids', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<p onclick="alert(1)" style="color:red" class="btn">文字</p>',
      '<a href="javascript:alert(1)">js</a>',
      '<a href="file:///C:/secret.docx">file</a>',
      '<a href="  JaVaScRiPt:alert(1)">js2</a>',
      '<iframe src="https://example.com"></iframe>',
      '<object data="x.swf"></object><embed src="x">',
      '<form action="https://example.com"><input name="q"></form>',
      '<svg><image href="https://example.com/x.png"/></svg>',
      '<math><mi xlink:href="https://example.com">m</mi></math>',
      '<link rel="stylesheet" href="https://example.com/x.css"><style>*{}</style>',
      '<meta http-equiv="refresh" content="0;url=https://example.com">',
      '<base href="https://example.com/">',
      '<p id="root">clobber</p><p id="qbr-word-ok">ok</p>',
      '<img src="qbr-image:0" onerror="alert(1)">',
      '<table background="https://example.com/t.png"><tr><td>x</td></tr></table>',
    ].join('');
    const html = clean(hostile);
    expect(html).not.toMatch(/script|onclick|onerror|style|class="btn"|iframe|object|embed/i);
    expect(html).not.toMatch(/<form|<input|<svg|<math|<link|<meta|<base|background=/i);
    expect(html).not.toMatch(/javascript:|file:|https?:/i);
    expect(html).not.toContain('id="root"');
    expect(html).toContain('<p id="qbr-word-ok">ok</p>');
    expect(html).toContain('<p>文字</p>');
  });
});
