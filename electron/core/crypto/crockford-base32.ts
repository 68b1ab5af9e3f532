/** Crockford's base32: no I, L, O or U, so a fingerprint read aloud is hard to mishear. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encodes whole 5-bit groups, most significant bit first; `bytes.length * 8` must divide by 5. */
export function encodeCrockfordBase32(bytes: Uint8Array): string {
  if ((bytes.length * 8) % 5 !== 0) throw new RangeError('length must be a multiple of 5 bytes');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  return out;
}

export { normaliseCrockfordBase32 } from '../../../shared/security/fingerprint-text';
