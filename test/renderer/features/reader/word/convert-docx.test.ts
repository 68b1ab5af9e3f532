/**
 * mammoth's side of the Word reader, under Node, on the corpus's real files: what a reader sees
 * (headings, lists, tables, notes, text boxes, images as bytes), and a clear category for each
 * file that cannot be shown.
 */
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../renderer/features/reader/word/convert-docx';
import type { WordConversion } from '../../../../../renderer/features/reader/word/word-protocol';
import { corpusBytes } from './corpus';

async function converted(path: string) {
  const result: WordConversion = await convertDocx(await corpusBytes(path));
  if (!result.ok) throw new Error(`${path} failed: ${result.failure}`);
  return { ...result, html: result.chunks.map((chunk) => chunk.html).join('') };
}

describe('convertDocx on the corpus', () => {
  it('keeps lists', async () => {
    const { html } = await converted('mammoth.js/simple-list.docx');
    expect(html).toMatch(/<ul><li>Apple<\/li><li>Banana<\/li><\/ul>/);
  });

  it('keeps tables, cells and their spans', async () => {
    const { html } = await converted('mammoth.js/tables.docx');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<td>.*Top left.*<\/td>/);
    const russian = await converted('apache-poi/bib-chernigovka.netdo.ru_download_docs_17459.docx');
    expect(russian.html).toContain('colspan="2"');
  });

  it('writes footnotes and endnotes with ids in its own namespace', async () => {
    const footnotes = await converted('mammoth.js/footnotes.docx');
    expect(footnotes.html).toMatch(/<a href="#qbr-word-footnote-1" id="qbr-word-footnote-ref-1">/);
    expect(footnotes.html).toMatch(/<li id="qbr-word-footnote-1">/);
    const endnotes = await converted('mammoth.js/endnotes.docx');
    expect(endnotes.html).toMatch(/<li id="qbr-word-endnote-\d+">/);
  });

  it('keeps the text of text boxes', async () => {
    const { html } = await converted('mammoth.js/text-box.docx');
    expect(html).toContain('Datum plane');
  });

  it('hands embedded images over as bytes, never as a URL', async () => {
    const result = await converted('mammoth.js/tiny-picture.docx');
    expect(result.images).toHaveLength(1);
    expect(result.images[0]!.contentType).toBe('image/png');
    // A PNG's signature: the bytes themselves, read from the package in memory.
    expect([...new Uint8Array(result.images[0]!.bytes).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    expect(result.html).toContain('src="qbr-image:0"');
    expect(result.html).not.toMatch(/data:|https?:|file:/);
  });

  it('drops a linked external image and says so', async () => {
    const result = await converted('mammoth.js/external-picture.docx');
    expect(result.images).toEqual([]);
    expect(result.html).not.toContain('<img');
    expect(result.warnings).toEqual([{ kind: 'external-image-dropped', count: 1 }]);
  });

  it('counts external links and images it cannot show, in categories', async () => {
    const result = await converted('apache-poi/WordWithAttachments.docx');
    const kinds = Object.fromEntries(result.warnings.map((w) => [w.kind, w.count]));
    expect(kinds['external-link-disabled']).toBe(3);
    expect(kinds['unsupported-image']).toBeGreaterThan(0);
    expect(kinds['unsupported-content']).toBeGreaterThan(0);
  });

  it('ignores a style map embedded in the document', async () => {
    const { html } = await converted('mammoth.js/embedded-style-map.docx');
    expect(html).not.toMatch(/<h1/);
    expect(html).toContain('Walking on imported air');
  });

  it.each([
    ['apache-poi/bug53475-password-is-pass.docx', 'encrypted'],
    ['apache-poi/bug53475-password-is-solrcell.docx', 'encrypted'],
    ['mammoth.js/hello.zip', 'not-a-word-document'],
    ['mammoth.js/empty.zip', 'not-a-word-document'],
    ['apache-poi/truncated62886.docx', 'corrupt'],
    ['apache-poi/crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx', 'corrupt'],
    ['apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx', 'corrupt'],
    ['apache-poi/clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx', 'corrupt'],
    // Its directory declares parts far larger than any real document: refused before mammoth.
    ['apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx', 'too-large'],
    ['apache-poi/ExternalEntityInText.docx', 'malformed-xml'],
    ['pdf.js/autoprint.pdf', 'not-a-word-document'],
  ])('refuses %s as %s', async (path, failure) => {
    expect(await convertDocx(await corpusBytes(path))).toEqual({ ok: false, failure });
  });
});
