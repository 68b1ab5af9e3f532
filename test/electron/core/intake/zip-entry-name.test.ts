import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeZipEntryName } from '../../../../electron/core/intake/zip/zip-entry-name';
import { unicodePathField } from './helpers/zip-builder';

const gbk = (text: string) => iconv.encode(text, 'gbk');

describe('decodeZipEntryName', () => {
  it('reads flagged names as UTF-8', () => {
    expect(decodeZipEntryName(Buffer.from('申报书.docx'), 0x800, [])).toBe('申报书.docx');
  });

  it('takes the 0x7075 Unicode Path field when its CRC matches the header name', () => {
    const raw = gbk('申报书.docx');
    expect(decodeZipEntryName(raw, 0, [unicodePathField(raw, '申报书（定稿）.docx')])).toBe(
      '申报书（定稿）.docx',
    );
  });

  it('ignores a 0x7075 field whose CRC does not match, and falls back to GBK', () => {
    const raw = gbk('申报书.docx');
    expect(decodeZipEntryName(raw, 0, [unicodePathField(raw, 'other.docx', 1234)])).toBe(
      '申报书.docx',
    );
  });

  it('reads unflagged bytes that are valid UTF-8 as UTF-8 (macOS archives)', () => {
    expect(decodeZipEntryName(Buffer.from('承诺书.pdf'), 0, [])).toBe('承诺书.pdf');
  });

  it('reads everything else as GB18030 (Chinese Windows)', () => {
    expect(decodeZipEntryName(gbk('推荐表（盖章）.pdf'), 0, [])).toBe('推荐表（盖章）.pdf');
  });

  it('decodes after reading, so a GBK trail byte 0x5C is not taken for a backslash', () => {
    const raw = gbk('申报材料癨.txt'); // 癨 is B0 5C in GBK
    expect([...raw]).toContain(0x5c);
    expect(decodeZipEntryName(raw, 0, [])).not.toContain('\\');
  });
});
