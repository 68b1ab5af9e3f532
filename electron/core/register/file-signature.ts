import { RegisterFileError } from './register-file-error';

/** What the first bytes say a register file is. */
export type RegisterFileKind = 'xlsx' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Formats people attach by mistake; named so the message can say what the file is.
const OTHER_SIGNATURES: readonly {
  bytes: readonly number[];
  name: string;
  english: string;
}[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF', english: 'a PDF' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包', english: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包', english: 'a 7z archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片', english: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG 图片', english: 'a JPEG image' },
];

/**
 * Tells an XLSX (a ZIP) from text, and refuses the rest with a message that says what to do:
 * an OLE2 compound file is an encrypted XLSX (Excel wraps a password-protected workbook in one),
 * a legacy .xls, or something else such as a .doc.
 */
export function registerFileKind(bytes: Uint8Array): RegisterFileKind {
  if (bytes.length === 0) throw new RegisterFileError('empty', '文件为空', 'the file is empty');
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) {
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      throw new RegisterFileError(
        'encrypted',
        '文件已加密：请在 Excel 中取消打开密码后另存为 .xlsx 或 CSV 再导入',
        'the file is encrypted: remove its password in Excel, save it as .xlsx or CSV, then import',
      );
    }
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) {
      throw new RegisterFileError(
        'legacy-xls',
        '这是旧版 Excel（.xls）文件，不能直接导入：请在 Excel 中另存为 .xlsx 或 CSV（如有密码请先取消）',
        'this is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import',
      );
    }
    throw new RegisterFileError(
      'unsupported-format',
      '不是 CSV 或 XLSX 文件（像是 Word 等 Office 旧版文档）',
      'not a CSV or XLSX file (it looks like an old Office document such as Word)',
    );
  }
  const other = OTHER_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (other) {
    throw new RegisterFileError(
      'unsupported-format',
      `不是 CSV 或 XLSX 文件（是${other.name}）`,
      `not a CSV or XLSX file (it is ${other.english})`,
    );
  }
  return 'text';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// Directory entries of a compound file are named in UTF-16LE.
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(name, 'utf16le'),
  );
}
