/**
 * The review bundle's fixed parts (docs/bundle-format.md, "Layout"): magic, version, kind, the
 * header's length, then the canonical JSON header, the sections, the signature, the end magic.
 */

export const BUNDLE_MAGIC = Buffer.from('QBBUNDLE', 'latin1');
export const BUNDLE_END_MAGIC = Buffer.from('QBBEND\r\n', 'latin1');
export const BUNDLE_VERSION = 1;
/** 1 = a review bundle (an expert's); group and result bundles will take 2 and 3. */
export const BUNDLE_KIND_REVIEW = 1;
/** magic 8, version 2, kind 1, reserved 1, header length 4. */
export const PREFIX_BYTES = 16;
export const SIGNATURE_BYTES = 64;
export const TAG_BYTES = 16;
/** The smallest possible bundle: prefix, signature and end magic around an empty header. */
export const FIXED_BYTES = PREFIX_BYTES + SIGNATURE_BYTES + BUNDLE_END_MAGIC.length;

/** The 16 bytes before the header. */
export function bundlePrefix(headerLength: number): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BUNDLE_MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(BUNDLE_VERSION, 8);
  prefix.writeUInt8(BUNDLE_KIND_REVIEW, 10);
  prefix.writeUInt8(0, 11);
  prefix.writeUInt32BE(headerLength, 12);
  return prefix;
}
