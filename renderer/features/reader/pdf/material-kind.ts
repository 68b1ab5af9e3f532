/**
 * What a material is, from its first bytes (never its name alone: an applicant's `.pdf` may be a
 * JPEG): a PDF goes to pdf.js, a JPEG or PNG to an image.
 */
export type MaterialKind = 'pdf' | 'jpeg' | 'png' | 'unknown';

/** A PDF's header may follow some junk; readers look in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function materialKind(bytes: Uint8Array): MaterialKind {
  if (startsWith(bytes, JPEG_MAGIC)) return 'jpeg';
  if (startsWith(bytes, PNG_MAGIC)) return 'png';
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let at = 0; at <= end; at += 1) if (startsWith(bytes, PDF_MAGIC, at)) return 'pdf';
  return 'unknown';
}

/** The MIME type of an image kind, for its blob: URL. */
export function imageMimeType(kind: 'jpeg' | 'png'): string {
  return kind === 'jpeg' ? 'image/jpeg' : 'image/png';
}
