/**
 * One record as it sits in the journal file, and the chain that ties each to the one before:
 *
 *   frame = length u32 (of what follows) | record number u64 | nonce (12) | ciphertext | tag (16)
 *   AES-256-GCM(record key, nonce, padded record, AAD = journal id ‖ record number ‖ link)
 *   link  = SHA-256(header) for the first frame, SHA-256(the previous frame, all of it) after
 *
 * The link makes records impossible to reorder, drop in the middle or splice from another
 * journal without failing authentication. The nonce is random per frame: a torn write that is
 * cut away and written again under the same number never reuses a nonce with other bytes.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import type { CipherGCM } from 'node:crypto';
import { padmeLength } from '../crypto/padme';
import {
  FRAME_OVERHEAD,
  JOURNAL_ID_BYTES,
  LENGTH_FIELD_BYTES,
  MAX_PADDED_RECORD_BYTES,
  NONCE_BYTES,
  NUMBER_BYTES,
  TAG_BYTES,
} from './journal-format';

export function chainLink(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

export function frameAad(journalId: Uint8Array, recordNumber: number, link: Uint8Array): Buffer {
  if (journalId.length !== JOURNAL_ID_BYTES || link.length !== 32) {
    throw new RangeError('a frame is bound to a 16-byte journal id and a 32-byte link');
  }
  const aad = Buffer.alloc(JOURNAL_ID_BYTES + NUMBER_BYTES + 32);
  aad.set(journalId, 0);
  aad.writeBigUInt64BE(BigInt(recordNumber), JOURNAL_ID_BYTES);
  aad.set(link, JOURNAL_ID_BYTES + NUMBER_BYTES);
  return aad;
}

/** u32 length ‖ record ‖ zeros, to the Padmé length: a record's size says little of a note's. */
export function padRecord(record: Uint8Array): Buffer {
  const padded = Buffer.alloc(padmeLength(4 + record.length));
  if (padded.length > MAX_PADDED_RECORD_BYTES) throw new RangeError('a record is too large');
  padded.writeUInt32BE(record.length, 0);
  padded.set(record, 4);
  return padded;
}

/** The record in a padded plaintext, or null when the padding is not as written. */
export function unpadRecord(padded: Buffer): Buffer | null {
  if (padded.length < 4) return null;
  const length = padded.readUInt32BE(0);
  if (4 + length > padded.length || padmeLength(4 + length) !== padded.length) return null;
  if (padded.subarray(4 + length).some((byte) => byte !== 0)) return null;
  return padded.subarray(4, 4 + length);
}

export interface FrameContext {
  readonly recordKey: Uint8Array;
  readonly journalId: Uint8Array;
  readonly link: Uint8Array;
}

/**
 * The sealing of one frame made ready before its record is known: the cipher keyed, its nonce set
 * and the AAD (journal id, record number, link) given. An append makes the next frame's sealer
 * while the disk flushes the frame before it, so the key schedule and the AAD are not between the
 * next edit and its write (on a free core they run alongside the flush; on a busy one, before
 * it: docs/journal-format.md). A sealer seals ONE record: its nonce is never used twice.
 */
export interface FrameSealer {
  readonly recordNumber: number;
  /** The link it binds the frame to (the previous frame's hash). */
  readonly link: Uint8Array;
  /** The frame of `record` (UTF-8 JSON, or its bytes); throws if called a second time. */
  seal(record: string | Uint8Array): Buffer;
}

/** The padded record written straight from the JSON (no intermediate copy of its bytes). */
function paddedRecord(record: string | Uint8Array): Buffer {
  if (typeof record !== 'string') return padRecord(record);
  const length = Buffer.byteLength(record, 'utf8');
  const padded = Buffer.alloc(padmeLength(4 + length));
  if (padded.length > MAX_PADDED_RECORD_BYTES) throw new RangeError('a record is too large');
  padded.writeUInt32BE(length, 0);
  padded.write(record, 4, 'utf8');
  return padded;
}

/** A class, not an object with a method made per frame: one function, named once. */
class PreparedFrameSealer implements FrameSealer {
  private used = false;

  constructor(
    readonly recordNumber: number,
    readonly link: Uint8Array,
    private readonly nonce: Uint8Array,
    private readonly cipher: CipherGCM,
  ) {}

  seal(record: string | Uint8Array): Buffer {
    if (this.used) throw new Error('a frame sealer seals one record (its nonce is used)');
    this.used = true;
    const padded = paddedRecord(record);
    // The frame in one buffer, the ciphertext copied in where it belongs (GCM's ciphertext is
    // as long as the padded record): one allocation per save instead of three concatenations.
    const frame = Buffer.alloc(LENGTH_FIELD_BYTES + FRAME_OVERHEAD + padded.length);
    frame.writeUInt32BE(FRAME_OVERHEAD + padded.length, 0);
    frame.writeBigUInt64BE(BigInt(this.recordNumber), LENGTH_FIELD_BYTES);
    let at = LENGTH_FIELD_BYTES + NUMBER_BYTES;
    frame.set(this.nonce, at);
    at += NONCE_BYTES;
    at += this.cipher.update(padded).copy(frame, at);
    at += this.cipher.final().copy(frame, at);
    if (at !== frame.length - TAG_BYTES) {
      throw new Error('the cipher gave a ciphertext of another length');
    }
    this.cipher.getAuthTag().copy(frame, at);
    return frame;
  }
}

export function frameSealer(
  context: FrameContext,
  recordNumber: number,
  nonce: Uint8Array,
): FrameSealer {
  if (nonce.length !== NONCE_BYTES) throw new RangeError('a nonce is 12 bytes');
  const cipher = createCipheriv('aes-256-gcm', context.recordKey, nonce);
  cipher.setAAD(frameAad(context.journalId, recordNumber, context.link));
  return new PreparedFrameSealer(recordNumber, context.link, nonce, cipher);
}

export function sealFrame(
  context: FrameContext,
  recordNumber: number,
  nonce: Uint8Array,
  record: string | Uint8Array,
): Buffer {
  return frameSealer(context, recordNumber, nonce).seal(record);
}

export type FrameReading =
  | {
      readonly ok: true;
      readonly recordNumber: number;
      readonly record: Buffer;
      readonly bytes: Buffer;
    }
  /**
   * Why the bytes at this offset are not a whole authentic frame: cut short by the end of the
   * file, a length no frame has (0 is what a torn write's unwritten block reads as), or a frame
   * that fails authentication (ending where, so a reader can tell whether it is the last).
   */
  | { readonly ok: false; readonly why: 'incomplete' }
  | { readonly ok: false; readonly why: 'bad-length'; readonly length: number }
  | { readonly ok: false; readonly why: 'unauthentic'; readonly end: number };

/** The frame at `offset` of `file`, authenticated under `context`. */
export function openFrame(file: Buffer, offset: number, context: FrameContext): FrameReading {
  if (file.length - offset < LENGTH_FIELD_BYTES) return { ok: false, why: 'incomplete' };
  const length = file.readUInt32BE(offset);
  if (length < FRAME_OVERHEAD + 4 || length > FRAME_OVERHEAD + MAX_PADDED_RECORD_BYTES) {
    return { ok: false, why: 'bad-length', length };
  }
  const end = offset + LENGTH_FIELD_BYTES + length;
  if (end > file.length) return { ok: false, why: 'incomplete' };
  const bytes = file.subarray(offset, end);
  const numberAt = LENGTH_FIELD_BYTES;
  const big = bytes.readBigUInt64BE(numberAt);
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big === 0n) {
    return { ok: false, why: 'unauthentic', end };
  }
  const recordNumber = Number(big);
  const nonce = bytes.subarray(numberAt + NUMBER_BYTES, numberAt + NUMBER_BYTES + NONCE_BYTES);
  const ciphertext = bytes.subarray(
    numberAt + NUMBER_BYTES + NONCE_BYTES,
    bytes.length - TAG_BYTES,
  );
  const decipher = createDecipheriv('aes-256-gcm', context.recordKey, nonce);
  decipher.setAAD(frameAad(context.journalId, recordNumber, context.link));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  let padded: Buffer;
  try {
    padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return { ok: false, why: 'unauthentic', end };
  }
  const record = unpadRecord(padded);
  if (record === null) return { ok: false, why: 'unauthentic', end };
  return { ok: true, recordNumber, record, bytes: Buffer.from(bytes) };
}
