/**
 * The structure of a review bundle, read without any key (docs/bundle-format.md, "Reading",
 * steps 1–9): the prefix, the bounds, the header's canonical JSON and schema, the parts adding up
 * to the file exactly, no section twice. Nothing is decrypted; signatures are checked after.
 */
import { sha256Hex } from '../crypto/sha256-hex';
import type { ReviewBundleHeader } from '../../../shared/bundle/bundle-header';
import { ReviewBundleHeaderSchema } from '../../../shared/bundle/bundle-header';
import { MAX_BUNDLE_BYTES, MAX_HEADER_BYTES } from '../../../shared/bundle/bundle-limits';
import { isCanonicalJsonOf } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import type { PublicKeyRing } from '../crypto/ed25519-keys';
import { verifyFor, verifyForKey } from '../crypto/signature-context';
import {
  BUNDLE_END_MAGIC,
  BUNDLE_KIND_REVIEW,
  BUNDLE_MAGIC,
  BUNDLE_VERSION,
  FIXED_BYTES,
  PREFIX_BYTES,
  SIGNATURE_BYTES,
} from './bundle-format';

export interface BundleSectionBytes {
  readonly wrap: Uint8Array;
  readonly ciphertext: Uint8Array;
}

export interface BundleFrame {
  readonly header: ReviewBundleHeader;
  /** Prefix and header: what the author's signature covers (after the context string). */
  readonly signedBytes: Uint8Array;
  readonly sections: readonly BundleSectionBytes[];
  readonly signature: Uint8Array;
  /** SHA-256 (hex) of the whole file: the bundle's identity in a history. */
  readonly digest: string;
}

function parseHeader(bytes: Uint8Array): ReviewBundleHeader {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bundle-malformed', {}, 'the header is not UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('bundle-malformed', {}, 'the header is not JSON');
  }
  const parsed = ReviewBundleHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version !== BUNDLE_VERSION) {
      throw new AppError(
        'bundle-unsupported-version',
        { version },
        'the header names another version',
      );
    }
    throw new AppError('bundle-malformed', {}, `header field ${issue?.path.join('.') ?? ''}`);
  }
  // One encoding only: a duplicate key, other spacing or key order is not what a writer wrote.
  if (!isCanonicalJsonOf(parsed.data, text, json)) {
    throw new AppError('bundle-malformed', {}, 'the header is not in canonical form');
  }
  return parsed.data;
}

/**
 * The bundle's parts, or the first structural failure as an AppError of the bundle family.
 * `digest` is the file's SHA-256 when the caller has just computed it (a group bundle's verifier
 * checks each embedded member's against the signed header first), so the file is hashed once.
 */
export function readBundleFrame(input: Uint8Array, digest?: string): BundleFrame {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const head = bytes.subarray(0, BUNDLE_MAGIC.length);
  if (bytes.length === 0 || !BUNDLE_MAGIC.subarray(0, head.length).equals(head)) {
    throw new AppError('bundle-not-a-bundle');
  }
  if (bytes.length < 10) throw new AppError('bundle-truncated', {}, 'shorter than the version');
  const version = bytes.readUInt16BE(8);
  if (version !== BUNDLE_VERSION) throw new AppError('bundle-unsupported-version', { version });
  if (bytes.length > MAX_BUNDLE_BYTES) throw new AppError('bundle-too-large');
  if (bytes.length < FIXED_BYTES)
    throw new AppError('bundle-truncated', {}, 'shorter than the fixed parts');
  if (bytes[10] !== BUNDLE_KIND_REVIEW || bytes[11] !== 0) {
    throw new AppError('bundle-malformed', {}, 'not a review bundle (kind or reserved byte)');
  }
  const headerLength = bytes.readUInt32BE(12);
  if (headerLength > MAX_HEADER_BYTES) throw new AppError('bundle-too-large', {}, 'header bound');
  if (bytes.length < FIXED_BYTES + headerLength) {
    throw new AppError('bundle-truncated', {}, 'shorter than the header');
  }
  const headerEnd = PREFIX_BYTES + headerLength;
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, headerEnd));

  const sectionsLength = header.sections.reduce(
    (sum, s) => sum + s.wrapLength + s.ciphertextLength,
    0,
  );
  const expected = FIXED_BYTES + headerLength + sectionsLength;
  if (expected !== bytes.length) {
    // A whole file whose header's lengths are wrong had its header altered (the signature at the
    // end says so); a file without its end magic was cut short.
    const signature = bytes.subarray(
      bytes.length - FIXED_BYTES + PREFIX_BYTES,
      -BUNDLE_END_MAGIC.length,
    );
    if (
      bytes.subarray(-BUNDLE_END_MAGIC.length).equals(BUNDLE_END_MAGIC) &&
      !authorSignatureHolds(header, bytes.subarray(0, headerEnd), signature)
    ) {
      throw new AppError('bundle-bad-signature', {}, "the header's lengths were altered");
    }
    if (expected > bytes.length) throw new AppError('bundle-truncated', {}, 'sections cut short');
    throw new AppError('bundle-malformed', {}, 'bytes after the parts');
  }
  if (!bytes.subarray(bytes.length - BUNDLE_END_MAGIC.length).equals(BUNDLE_END_MAGIC)) {
    throw new AppError('bundle-malformed', {}, 'the end magic is wrong');
  }
  const hashes = new Set(header.sections.map((s) => s.sha256));
  if (hashes.size !== header.sections.length) {
    throw new AppError('bundle-duplicate-section', {}, 'two sections with one hash');
  }

  const sections: BundleSectionBytes[] = [];
  let offset = headerEnd;
  for (const record of header.sections) {
    const wrap = bytes.subarray(offset, offset + record.wrapLength);
    offset += record.wrapLength;
    const ciphertext = bytes.subarray(offset, offset + record.ciphertextLength);
    offset += record.ciphertextLength;
    sections.push({ wrap, ciphertext });
  }
  return {
    header,
    signedBytes: bytes.subarray(0, headerEnd),
    sections,
    signature: bytes.subarray(offset, offset + SIGNATURE_BYTES),
    digest: digest ?? sha256Hex(bytes),
  };
}

/** Whether the header's author signed `signedBytes` (prefix and header) with `signature`. */
export function authorSignatureHolds(
  header: ReviewBundleHeader,
  signedBytes: Uint8Array,
  signature: Uint8Array,
  keys?: PublicKeyRing,
): boolean {
  if (keys !== undefined) {
    const key = keys.keyOf(header.author.signingPublicKey);
    return verifyForKey('reviewBundle', key, [signedBytes], signature);
  }
  const signingPublicKey = Buffer.from(header.author.signingPublicKey, 'base64');
  return verifyFor('reviewBundle', signingPublicKey, [signedBytes], signature);
}

/** Checks every section against its signed hash; the first that differs is `bundle-section-altered`. */
export function checkSectionHashes(frame: BundleFrame): void {
  frame.sections.forEach((section, index) => {
    const actual = sha256Hex(section.wrap, section.ciphertext);
    if (actual !== frame.header.sections[index]?.sha256) {
      throw new AppError('bundle-section-altered', { section: index + 1 });
    }
  });
}
