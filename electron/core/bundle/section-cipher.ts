/**
 * One section's ciphertext: its plaintext (u32 length ‖ UTF-8 canonical JSON ‖ zeros) padded to
 * the length the writer chose for every section of the bundle, under AES-256-GCM with a key
 * derived from the section's random key, the bundle id and the section's number. The key is
 * used once, so the nonce is zero; the GCM tag makes any change fail for a key holder too.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { hkdfSha256 } from '../crypto/hkdf-sha256';
import { TAG_BYTES } from './bundle-format';

const INFO = Buffer.from('QBBUNDLE section v1\0', 'latin1');
const NONCE = Buffer.alloc(12);
/** Zeros to compare padding against natively, a slice at a time. */
const ZEROS = Buffer.alloc(64 * 1024);

function isZero(bytes: Buffer): boolean {
  for (let at = 0; at < bytes.length; at += ZEROS.length) {
    const part = bytes.subarray(at, at + ZEROS.length);
    if (!part.equals(ZEROS.subarray(0, part.length))) return false;
  }
  return true;
}

/** AES key of section `index` (from 0) of the bundle `bundleId`. */
export function sectionCipherKey(
  sectionKey: Uint8Array,
  bundleId: Uint8Array,
  index: number,
): Buffer {
  const number = Buffer.alloc(2);
  number.writeUInt16BE(index);
  return hkdfSha256(sectionKey, bundleId, Buffer.concat([INFO, number]), 32);
}

/** length-prefixed `body` followed by zeros up to `paddedLength` bytes. */
export function padSection(body: Uint8Array, paddedLength: number): Buffer {
  if (4 + body.length > paddedLength) throw new RangeError('the padded length is too short');
  const out = Buffer.alloc(paddedLength);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

export function encryptSection(key: Uint8Array, padded: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, NONCE);
  return Buffer.concat([cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
}

/**
 * The section's JSON bytes, or `bundle-section-invalid` when GCM, the length or the padding
 * fails (only its author, who holds the key, could have made such a section).
 */
export function decryptSection(key: Uint8Array, ciphertext: Uint8Array, section: number): Buffer {
  const invalid = (detail: string) => new AppError('bundle-section-invalid', { section }, detail);
  if (ciphertext.length < TAG_BYTES + 4) throw invalid('shorter than a tag and a length');
  const body = ciphertext.subarray(0, ciphertext.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, NONCE);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
  // GCM gives everything from update and nothing from final (which checks the tag): no concat.
  const padded = decipher.update(body);
  try {
    decipher.final();
  } catch {
    padded.fill(0);
    throw invalid('GCM authentication failed');
  }
  const length = padded.readUInt32BE(0);
  if (4 + length > padded.length) throw invalid('length beyond the padding');
  if (!isZero(padded.subarray(4 + length))) throw invalid('non-zero padding');
  return padded.subarray(4, 4 + length);
}
