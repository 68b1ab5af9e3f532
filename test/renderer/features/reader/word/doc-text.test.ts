/**
 * The legacy .doc reader on real Word 97–2003 files: the two embedded in the corpus's
 * WordWithAttachments.docx (written by Word, Cyrillic and Uzbek text) and a Chinese material
 * saved by LibreOffice; then damaged and foreign files, which give a category, never a throw.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  extractDocText,
  readableText,
} from '../../../../../renderer/features/reader/word/doc-text';
import { corpusBytes } from './corpus';

async function embeddedDocs(): Promise<Uint8Array[]> {
  const docx = new Uint8Array(await corpusBytes('apache-poi/WordWithAttachments.docx'));
  const parts = unzipSync(docx, { filter: (file) => file.name.endsWith('.doc') });
  return Object.keys(parts)
    .sort()
    .map((name) => parts[name]!);
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

const chineseDoc = async () =>
  new Uint8Array(await readFile(join(import.meta.dirname, 'fixtures', 'chinese-material.doc')));

describe('extractDocText', () => {
  it('reads the text of Word 97–2003 files written by Word', async () => {
    const [first, second] = await embeddedDocs();
    expect(extractDocText(buffer(first!))).toEqual({
      ok: true,
      paragraphs: ['Дубль документа', 'Second document', 'тоза кўчирилган қўлёзма'],
    });
    expect(extractDocText(buffer(second!))).toEqual({
      ok: true,
      paragraphs: ['Следующий', 'Next', 'ўкейинги'],
    });
  });

  it('reads Chinese text, table cells and list items, and leaves field codes out', async () => {
    const result = extractDocText(buffer(await chineseDoc()));
    if (!result.ok) throw new Error(result.failure);
    const text = result.paragraphs.join('\n');
    expect(result.paragraphs[0]).toBe('全国质量标杆申报材料');
    expect(text).toContain('申报单位：华东精密机械股份有限公司');
    expect(text).toContain('一、质量管理经验之一');
    expect(result.paragraphs).toContain('一次交验合格率\t96.2%\t98.0%\t99.1%');
    expect(result.paragraphs).toContain('顾客满意度\t91 分\t93 分\t95 分');
    expect(text).toContain('建立质量责任制');
    expect(text).toContain('公司质量年报');
    expect(text).not.toMatch(/HYPERLINK|example\.com/);
  });

  it('turns Word’s control characters into lines and keeps only a field’s result', () => {
    expect(
      readableText(
        '一\r二\x07三\x07\x07五\x07\x07\r\x13 HYPERLINK "https://x" \x14链接\x15\x0b四\x01\x08',
      ),
    ).toEqual(['一', '二\t三', '五', '链接', '四']);
  });

  it('gives a category for what is not a readable .doc, never a throw', async () => {
    const encryptedDocx = new Uint8Array(
      await corpusBytes('apache-poi/bug53475-password-is-pass.docx'),
    );
    expect(extractDocText(buffer(encryptedDocx))).toEqual({
      ok: false,
      failure: 'not-a-word-document',
    });
    const doc = await chineseDoc();
    expect(extractDocText(buffer(doc.subarray(0, 3000)))).toEqual({
      ok: false,
      failure: 'corrupt',
    });
    expect(extractDocText(buffer(new TextEncoder().encode('plain text')))).toEqual({
      ok: false,
      failure: 'corrupt',
    });
    // Word's own encryption flag in the FIB.
    const flagged = doc.slice();
    const wordDocument = findWordDocument(flagged);
    flagged[wordDocument + 0x0b]! |= 0x01;
    expect(extractDocText(buffer(flagged))).toEqual({ ok: false, failure: 'encrypted' });
  });

  it('survives damage anywhere: 300 files with random bytes changed each give an answer', async () => {
    const doc = await chineseDoc();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round += 1) {
      const damaged = doc.slice();
      for (let i = 0; i < 8; i += 1)
        damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const result = extractDocText(buffer(damaged));
      expect(typeof result.ok).toBe('boolean');
    }
  });
});

/** The WordDocument stream's first sector: it starts with the FIB's magic 0xA5EC. */
function findWordDocument(bytes: Uint8Array): number {
  for (let offset = 512; offset < bytes.length; offset += 512)
    if (bytes[offset] === 0xec && bytes[offset + 1] === 0xa5) return offset;
  throw new Error('no FIB');
}
