import { extensionOf } from './entry-path';

export type ArchiveFormat = 'zip' | 'rar' | '7z';

const RAR4_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const RAR5_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
const SEVEN_ZIP_SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // an empty archive is only its end record
  [0x50, 0x4b, 0x07, 0x08], // spanned-archive marker before the first header
];

const ARCHIVE_EXTENSIONS = new Set(['zip', 'rar', '7z']);

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => head[i] === byte);
}

/** Which format the bytes say, whatever the name says. */
export function sniffArchiveFormat(head: Uint8Array): ArchiveFormat | null {
  if (startsWith(head, RAR4_SIGNATURE) || startsWith(head, RAR5_SIGNATURE)) return 'rar';
  if (startsWith(head, SEVEN_ZIP_SIGNATURE)) return '7z';
  if (ZIP_SIGNATURES.some((signature) => startsWith(head, signature))) return 'zip';
  return null;
}

/** True for names the notice allows for an application's archive (.zip/.rar/.7z). */
export function hasArchiveExtension(name: string): boolean {
  return ARCHIVE_EXTENSIONS.has(extensionOf(name));
}

/**
 * How to open a file offered as an application's archive. RAR and 7z signatures are trusted
 * whatever the extension (users rename files); ZIP bytes only under an archive extension or
 * none, because .docx, .xlsx and .ooxml are ZIP too and are documents, not archives. A file named
 * .zip whose bytes match nothing still goes to the ZIP reader, which finds the end record even
 * behind a self-extractor stub, or says why not.
 */
export function archiveFormatFor(name: string, head: Uint8Array): ArchiveFormat | null {
  const sniffed = sniffArchiveFormat(head);
  if (sniffed === 'rar' || sniffed === '7z') return sniffed;
  const extension = extensionOf(name);
  if (sniffed === 'zip') {
    return extension === '' || ARCHIVE_EXTENSIONS.has(extension) ? 'zip' : null;
  }
  if (extension === 'zip') return 'zip';
  return null;
}
