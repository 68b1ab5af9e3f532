/** Leading bytes of the formats intake checks. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** Compound File Binary: legacy Office, and the wrapper of every password-protected OOXML file. */
export const isOle2 = (bytes: Uint8Array): boolean => startsWith(bytes, OLE2);
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP);
export const isPng = (bytes: Uint8Array): boolean => startsWith(bytes, PNG);
export const isJpeg = (bytes: Uint8Array): boolean => startsWith(bytes, JPEG);

/** PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000 implementation note). */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const index = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 1024),
  ).indexOf('%PDF-');
  return index;
}
