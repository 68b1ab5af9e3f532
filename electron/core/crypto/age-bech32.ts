/**
 * Reads the 32 key bytes of an age X25519 recipient (`age1…`) or identity (`AGE-SECRET-KEY-1…`):
 * BIP-173 bech32 (not bech32m), checksum verified, one case throughout, padding bits zero.
 * Done here rather than through age-encryption, whose identity constructor also starts an X25519
 * base-point multiplication that a key check or an unwrap does not need.
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
const CHECKSUM_WORDS = 6;
const KEY_BYTES = 32;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i] ?? 0;
  }
  return chk >>> 0;
}

function hrpExpanded(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >>> 5), 0, ...codes.map((c) => c & 31)];
}

/** The payload bytes of a bech32 string with this human-readable part (lower case), or null. */
function decodeBech32(text: string, hrp: string): Uint8Array | null {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return null;
  const lower = text.toLowerCase();
  if (!lower.startsWith(`${hrp}1`)) return null;
  const words: number[] = [];
  for (const c of lower.slice(hrp.length + 1)) {
    const word = CHARSET.indexOf(c);
    if (word < 0) return null;
    words.push(word);
  }
  if (words.length < CHECKSUM_WORDS) return null;
  if (polymod([...hrpExpanded(hrp), ...words]) !== 1) return null;
  const bytes: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const word of words.slice(0, -CHECKSUM_WORDS)) {
    accumulator = ((accumulator << 5) | word) & 0x1fff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((accumulator >>> bits) & 0xff);
    }
  }
  // Leftover bits are padding: fewer than five, and zero, or the encoding is not canonical.
  if (bits >= 5 || (accumulator & ((1 << bits) - 1)) !== 0) return null;
  return Uint8Array.from(bytes);
}

function keyBytes(text: string, prefix: string, hrp: string): Uint8Array | null {
  if (!text.startsWith(prefix)) return null;
  const bytes = decodeBech32(text, hrp);
  return bytes !== null && bytes.length === KEY_BYTES ? bytes : null;
}

/** The X25519 public key of an `age1…` recipient (lower case only, as age writes it), or null. */
export function recipientKeyBytes(recipient: string): Uint8Array | null {
  return keyBytes(recipient, 'age1', 'age');
}

/** The X25519 scalar of an `AGE-SECRET-KEY-1…` identity (upper case only), or null. */
export function identityKeyBytes(identity: string): Uint8Array | null {
  return keyBytes(identity, 'AGE-SECRET-KEY-1', 'age-secret-key-');
}
