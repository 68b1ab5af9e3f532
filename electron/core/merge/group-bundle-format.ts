/**
 * The group bundle's frame (docs/bundle-format.md, "Group bundle"): the review bundle's prefix
 * with kind 2, then the canonical JSON header, the embedded member bundles back to back, the
 * sections, the merger's signature and the end magic.
 */
import {
  BUNDLE_END_MAGIC,
  BUNDLE_MAGIC,
  BUNDLE_VERSION,
  PREFIX_BYTES,
} from '../bundle/bundle-format';

/** 2 = a group bundle (1 is a review bundle, 3 a result bundle). */
export const BUNDLE_KIND_GROUP = 2;

/** The 16 bytes before a group bundle's header. */
export function groupBundlePrefix(headerLength: number): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BUNDLE_MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(BUNDLE_VERSION, 8);
  prefix.writeUInt8(BUNDLE_KIND_GROUP, 10);
  prefix.writeUInt8(0, 11);
  prefix.writeUInt32BE(headerLength, 12);
  return prefix;
}

export { BUNDLE_END_MAGIC };
