/**
 * The byte patterns a confidential text leaves when written in plaintext: the text as UTF-8,
 * UTF-16LE and GBK (what Chinese Windows writes), and each of those base64-encoded (standard and
 * URL alphabets), the base64 itself stored as ASCII or as UTF-16LE (as Chromium stores strings).
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'gbk';
export type NeedleForm =
  | 'raw'
  | `base64 (offset ${0 | 1 | 2})`
  | `base64url (offset ${0 | 1 | 2})`
  | `base64 (offset ${0 | 1 | 2}) as utf-16le`
  | `base64url (offset ${0 | 1 | 2}) as utf-16le`;

export interface Needle {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly form: NeedleForm;
  readonly bytes: Buffer;
}

/** Shorter than this, a base64 needle could match ciphertext or unrelated base64 by chance. */
const MIN_BASE64_CHARS = 8;

export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  return Buffer.from(text, encoding === 'utf-8' ? 'utf8' : 'utf16le');
}

/**
 * The part of a stream's base64 that `bytes` fixes whatever surrounds it, when `bytes` starts
 * `offset` bytes past a 3-byte group boundary of the stream: base64 of the bytes behind `offset`
 * filler bytes, without the first group (it mixes in the filler) and without a last partial group
 * (it mixes in what follows).
 */
export function stableBase64(bytes: Buffer, offset: 0 | 1 | 2, alphabet: 'base64' | 'base64url') {
  const shifted = Buffer.concat([Buffer.alloc(offset), bytes]);
  const wholeGroups = Math.floor(shifted.length / 3);
  const encoded = shifted.subarray(0, wholeGroups * 3).toString(alphabet);
  return encoded.slice(offset === 0 ? 0 : 4);
}

/** Every needle of `text`; throws when the text is too short to be found reliably in base64. */
export function needlesFor(text: string): Needle[] {
  const needles: Needle[] = [];
  for (const encoding of ['utf-8', 'utf-16le', 'gbk'] as const) {
    const bytes = encodeText(text, encoding);
    needles.push({ text, encoding, form: 'raw', bytes });
    for (const alphabet of ['base64', 'base64url'] as const) {
      for (const offset of [0, 1, 2] as const) {
        const chars = stableBase64(bytes, offset, alphabet);
        if (chars.length < MIN_BASE64_CHARS) {
          throw new Error(`Marker too short to find in base64 (${encoding}): use a longer one`);
        }
        needles.push({
          text,
          encoding,
          form: `${alphabet} (offset ${offset})`,
          bytes: Buffer.from(chars, 'latin1'),
        });
        needles.push({
          text,
          encoding,
          form: `${alphabet} (offset ${offset}) as utf-16le`,
          bytes: Buffer.from(chars, 'utf16le'),
        });
      }
    }
  }
  // The URL alphabet agrees with the standard one wherever no + or / occurs: drop the repeats.
  const seen = new Set<string>();
  return needles.filter((needle) => {
    const key = needle.bytes.toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
