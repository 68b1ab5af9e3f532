/**
 * The age v1 payload (C2SP age, "Payload"): STREAM over ChaCha20-Poly1305 in chunks of 64 KiB of
 * plaintext, the nonce an 11-byte big-endian counter and a last-chunk flag, with node:crypto's
 * cipher instead of age-encryption's pure-JavaScript one. Refuses what age-encryption refuses: a
 * chunk whose tag fails (a flipped byte, a wrong key, chunks reordered), a payload cut short
 * inside a chunk or after a full one (the last flag then fails), an empty last chunk after
 * others, a payload shorter than one tag.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

export const AGE_CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const SEALED_CHUNK_BYTES = AGE_CHUNK_BYTES + TAG_BYTES;
const NONCE_BYTES = 12;

/** A payload we refuse; the caller reports it as a damaged file. */
export class InvalidAgePayload extends Error {
  constructor(why: string) {
    super(`invalid age payload: ${why}`);
    this.name = 'InvalidAgePayload';
  }
}

function chunkNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  // 2^48 chunks (16 EiB) is far beyond any file here; the counter's top bytes stay zero.
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** The sealed payload's chunk lengths: full chunks, then the last (possibly full, or empty alone). */
function chunkCount(plaintextLength: number): number {
  return Math.max(1, Math.ceil(plaintextLength / AGE_CHUNK_BYTES));
}

export function sealAgeStream(key: Uint8Array, plaintext: Uint8Array): Buffer {
  const chunks = chunkCount(plaintext.length);
  const parts: Buffer[] = [];
  for (let i = 0; i < chunks; i++) {
    const piece = plaintext.subarray(i * AGE_CHUNK_BYTES, (i + 1) * AGE_CHUNK_BYTES);
    const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(i, i === chunks - 1), {
      authTagLength: TAG_BYTES,
    });
    parts.push(cipher.update(piece), cipher.final(), cipher.getAuthTag());
  }
  return Buffer.concat(parts);
}

export function openAgeStream(key: Uint8Array, sealed: Uint8Array): Buffer {
  if (sealed.length < TAG_BYTES) throw new InvalidAgePayload('shorter than a tag');
  // The last chunk is whatever follows the full ones; a payload of whole full chunks ends with
  // a full last chunk (age writes no empty chunk after a full one).
  const chunks = Math.max(1, Math.ceil(sealed.length / SEALED_CHUNK_BYTES));
  const parts: Buffer[] = [];
  for (let i = 0; i < chunks; i++) {
    const last = i === chunks - 1;
    const piece = sealed.subarray(i * SEALED_CHUNK_BYTES, (i + 1) * SEALED_CHUNK_BYTES);
    if (piece.length < TAG_BYTES) throw new InvalidAgePayload('a chunk shorter than its tag');
    if (last && i > 0 && piece.length === TAG_BYTES) {
      throw new InvalidAgePayload('an empty last chunk after others');
    }
    const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(i, last), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(piece.subarray(piece.length - TAG_BYTES));
    const body = decipher.update(piece.subarray(0, piece.length - TAG_BYTES));
    try {
      decipher.final();
    } catch {
      body.fill(0);
      for (const part of parts) part.fill(0);
      throw new InvalidAgePayload(`chunk ${i} fails authentication`);
    }
    parts.push(body);
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
