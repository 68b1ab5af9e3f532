import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../../../electron/core/intake/documents/inspect-document';
import {
  loneApplicationText,
  materialKindFor,
} from '../../../../electron/core/intake/documents/material-kind';
import { checkPdfStructure } from '../../../../electron/core/intake/documents/pdf-structure';
import { corpusBytes } from './helpers/corpus-files';
import { buildZip } from './helpers/zip-builder';

const docx = buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]);

describe('document checks', () => {
  it('accepts a Word package with word/document.xml', async () => {
    expect(await inspectDocument('申报书.docx', docx)).toMatchObject({
      documentType: 'docx',
      finding: null,
    });
  });

  it('names a password-protected .docx (an OLE2 file) as such, asking for an unprotected copy', async () => {
    const inspection = await inspectDocument(
      '申报书.docx',
      corpusBytes('apache-poi/bug53475-password-is-pass.docx'),
    );
    expect(inspection.finding).toMatchObject({ category: 'password-required', effect: 'flagged' });
    expect(inspection.finding?.detail).toContain('未加密的副本');
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['truncated', corpusBytes('apache-poi/truncated62886.docx')],
    ['not a Word package', buildZip([{ name: 'hello', data: 'x' }])],
    ['not a ZIP at all', Buffer.from('plain text')],
  ])('flags a .docx that is %s as corrupt', async (_, bytes) => {
    expect((await inspectDocument('a.docx', bytes)).finding).toMatchObject({
      category: 'corrupt-document',
    });
  });

  it('flags a .doc as legacy Word and keeps it', async () => {
    expect(
      (
        await inspectDocument(
          '申报书.doc',
          corpusBytes('apache-poi/bug53475-password-is-pass.docx'),
        )
      ).finding,
    ).toMatchObject({ category: 'legacy-doc', effect: 'flagged' });
  });

  it('recognises a Word package or a PDF under an unfamiliar name', async () => {
    expect((await inspectDocument('x.ooxml', docx)).documentType).toBe('docx');
    expect((await inspectDocument('scan', Buffer.from('%PDF-1.4\n%%EOF'))).documentType).toBe(
      'pdf',
    );
  });

  it('flags an image whose bytes are not what its name says', async () => {
    expect((await inspectDocument('推荐表.jpg', Buffer.from('%PDF-'))).finding).toMatchObject({
      category: 'corrupt-document',
    });
  });
});

describe('PDF structure', () => {
  it('wants %PDF- in the first 1024 bytes and an %%EOF', () => {
    expect(checkPdfStructure(Buffer.from('junk\n%PDF-1.7\n%%EOF'))).toEqual({
      kind: 'ok',
      encrypted: false,
    });
    expect(checkPdfStructure(Buffer.from('%PDF-1.7\n1 0 obj'))).toMatchObject({ kind: 'corrupt' });
    expect(checkPdfStructure(Buffer.from('GIF89a'))).toMatchObject({ kind: 'corrupt' });
  });

  it('sees an /Encrypt dictionary but not /EncryptMetadata', () => {
    expect(checkPdfStructure(Buffer.from('%PDF-1.7 trailer<</Encrypt 5 0 R>> %%EOF'))).toEqual({
      kind: 'ok',
      encrypted: true,
    });
    expect(checkPdfStructure(Buffer.from('%PDF-1.7 <</EncryptMetadata false>> %%EOF'))).toEqual({
      kind: 'ok',
      encrypted: false,
    });
    expect(checkPdfStructure(corpusBytes('pdf.js/empty_protected.pdf'))).toEqual({
      kind: 'ok',
      encrypted: true,
    });
  });
});

describe('material kinds', () => {
  it.each([
    ['申报材料/申报书.docx', 'docx', 'application-text'],
    ['推荐表（盖章）.pdf', 'pdf', 'recommendation-form'],
    ['推荐表.jpg', 'image', 'recommendation-form'],
    ['推荐表.docx', 'docx', 'evidence'],
    ['承诺书.pdf', 'pdf', 'commitment-letter'],
    ['营业执照.png', 'image', 'evidence'],
    ['数据.xlsx', 'spreadsheet', 'evidence'],
    ['setup.exe', 'other', 'unknown'],
  ] as const)('%s is %s → %s', (path, type, kind) => {
    expect(materialKindFor(path, type)).toBe(kind);
  });

  it('takes a lone Word file as the application text when none is named 申报', () => {
    expect(
      loneApplicationText(['evidence', 'evidence'], ['docx', 'pdf'], ['经验.docx', 'a.pdf']),
    ).toBe(0);
    expect(
      loneApplicationText(['evidence', 'evidence'], ['docx', 'docx'], ['a.docx', 'b.docx']),
    ).toBeNull();
    expect(
      loneApplicationText(
        ['application-text', 'evidence'],
        ['docx', 'docx'],
        ['申报.docx', 'b.docx'],
      ),
    ).toBeNull();
  });
});
