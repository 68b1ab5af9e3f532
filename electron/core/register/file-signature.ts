import { AppError } from '../../../shared/errors';
import type { NotARegister } from '../../../shared/errors/catalogue/register-file';

/** What the first bytes say a register file is. */
export type RegisterFileKind = 'xlsx' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Formats people attach by mistake; named so the message can say what the file is.
const OTHER_SIGNATURES: readonly { bytes: readonly number[]; found: NotARegister }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], found: 'pdf' },
  { bytes: [0x52, 0x61, 0x72, 0x21], found: 'rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], found: '7z' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], found: 'png' },
  { bytes: [0xff, 0xd8, 0xff], found: 'jpeg' },
];

/**
 * Tells an XLSX (a ZIP) from text, and refuses the rest with a message that says what to do:
 * an OLE2 compound file is an encrypted XLSX (Excel wraps a password-protected workbook in one),
 * a legacy .xls, or something else such as a .doc.
 */
export function registerFileKind(bytes: Uint8Array): RegisterFileKind {
  if (bytes.length === 0) throw new AppError('empty');
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) {
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      throw new AppError('encrypted');
    }
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) {
      throw new AppError('legacy-xls');
    }
    throw new AppError('unsupported-format', { found: 'office-document' });
  }
  const other = OTHER_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (other) {
    throw new AppError('unsupported-format', { found: other.found });
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
