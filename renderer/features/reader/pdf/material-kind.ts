/**
 * What a material is, from its first bytes (never its name alone: an applicant's `.pdf` may be a
 * JPEG): a PDF goes to pdf.js, a JPEG or PNG to an image, a TIFF scan to the TIFF decoder.
 */
export type MaterialKind = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'unknown';

/** The scanned-image kinds the viewer shows beside PDF. */
export type ImageKind = 'jpeg' | 'png' | 'tiff';

/** A PDF's header may follow some junk; readers look in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** "II*\0" (little-endian) and "MM\0*" (big-endian): classic TIFF, not BigTIFF. */
const TIFF_LE_MAGIC = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE_MAGIC = [0x4d, 0x4d, 0x00, 0x2a];

export function materialKind(bytes: Uint8Array): MaterialKind {
  if (startsWith(bytes, JPEG_MAGIC)) return 'jpeg';
  if (startsWith(bytes, PNG_MAGIC)) return 'png';
  if (startsWith(bytes, TIFF_LE_MAGIC) || startsWith(bytes, TIFF_BE_MAGIC)) return 'tiff';
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let at = 0; at <= end; at += 1) if (startsWith(bytes, PDF_MAGIC, at)) return 'pdf';
  return 'unknown';
}

/** The MIME type of an image kind that Chromium decodes itself, for its blob: URL. */
export function imageMimeType(kind: 'jpeg' | 'png'): string {
  return kind === 'jpeg' ? 'image/jpeg' : 'image/png';
}
