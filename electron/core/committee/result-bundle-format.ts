/**
 * The result bundle's frame (docs/result-bundle-format.md): the review bundle's prefix with kind
 * 3, then the canonical JSON header, the embedded group bundles back to back, the merge section,
 * the application sections, the signer's signature and the end magic.
 */
import {
  BUNDLE_END_MAGIC,
  BUNDLE_MAGIC,
  BUNDLE_VERSION,
  PREFIX_BYTES,
} from '../bundle/bundle-format';

/** 3 = a result bundle (1 is a review bundle, 2 a group bundle). */
export const BUNDLE_KIND_RESULT = 3;

/** The 16 bytes before a result bundle's header. */
export function resultBundlePrefix(headerLength: number): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BUNDLE_MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(BUNDLE_VERSION, 8);
  prefix.writeUInt8(BUNDLE_KIND_RESULT, 10);
  prefix.writeUInt8(0, 11);
  prefix.writeUInt32BE(headerLength, 12);
  return prefix;
}

export { BUNDLE_END_MAGIC };
