/**
 * The journal's header: who it belongs to, which case, its id, and its key wrapped for the
 * owner's age recipient; signed by the owner, so nobody holding only their public card can make
 * a journal that opens as theirs (anyone can wrap a key for a public recipient).
 *
 *   "QBJL" | version u16 | journal id (16) | u8 len ‖ case id | u8 len ‖ owner fingerprint
 *          | u32 len ‖ key wrap (an age file) | Ed25519 signature (64)
 *   signed = "QBJOURNAL header v1\0" ‖ every byte before the signature
 */
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { signFor, verifyFor } from '../crypto/signature-context';
import { JOURNAL_ID_BYTES, JOURNAL_MAGIC, JOURNAL_VERSION } from './journal-format';

export const SIGNATURE_BYTES = 64;
const MAX_WRAP_BYTES = 16 * 1024;

export interface JournalHeaderFields {
  readonly journalId: Buffer;
  readonly caseId: string;
  readonly owner: string;
  /** The age file holding "QBJOURNAL journal key v1\0" ‖ key, for the owner's recipient. */
  readonly wrap: Buffer;
}

export interface JournalHeader extends JournalHeaderFields {
  /** The whole header as written, signature included: the first record's chain link. */
  readonly bytes: Buffer;
  readonly signed: Buffer;
  readonly signature: Buffer;
}

function shortText(text: string): Buffer {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.length > 255 || Buffer.from(bytes).toString('latin1') !== text) {
    throw new RangeError('a header text is at most 255 ASCII bytes');
  }
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function signedPart(fields: JournalHeaderFields): Buffer {
  if (fields.journalId.length !== JOURNAL_ID_BYTES) throw new RangeError('journal id is 16 bytes');
  const version = Buffer.alloc(2);
  version.writeUInt16BE(JOURNAL_VERSION);
  const wrapLength = Buffer.alloc(4);
  wrapLength.writeUInt32BE(fields.wrap.length);
  return Buffer.concat([
    JOURNAL_MAGIC,
    version,
    fields.journalId,
    shortText(fields.caseId),
    shortText(fields.owner),
    wrapLength,
    fields.wrap,
  ]);
}

/** The header's bytes, signed with the owner's key. */
export function encodeJournalHeader(fields: JournalHeaderFields, signingKey: KeyObject): Buffer {
  const signed = signedPart(fields);
  return Buffer.concat([signed, Buffer.from(signFor('journalHeader', signingKey, [signed]))]);
}

/** Reads the header at the start of `file` (not yet verified). Throws 'not-a-journal'. */
export function decodeJournalHeader(file: Buffer): JournalHeader {
  const fail = (why: string): never => {
    throw new AppError('not-a-journal', {}, why);
  };
  if (file.length < 6 || !file.subarray(0, 4).equals(JOURNAL_MAGIC)) fail('no magic');
  const version = file.readUInt16BE(4);
  if (version !== JOURNAL_VERSION) throw new AppError('journal-version-unsupported', { version });
  let at = 6;
  const take = (length: number): Buffer => {
    if (at + length > file.length) fail('header cut short');
    const part = file.subarray(at, at + length);
    at += length;
    return part;
  };
  const journalId = Buffer.from(take(JOURNAL_ID_BYTES));
  const caseId = take(take(1)[0] ?? 0).toString('latin1');
  const owner = take(take(1)[0] ?? 0).toString('latin1');
  const wrapLength = take(4).readUInt32BE(0);
  if (wrapLength > MAX_WRAP_BYTES) fail('key wrap too long');
  const wrap = Buffer.from(take(wrapLength));
  const signed = Buffer.from(file.subarray(0, at));
  const signature = Buffer.from(take(SIGNATURE_BYTES));
  return {
    journalId,
    caseId,
    owner,
    wrap,
    signed,
    signature,
    bytes: Buffer.from(file.subarray(0, at)),
  };
}

/** Whether the owner's key signed this header. */
export function headerIsSigned(header: JournalHeader, signingPublicKey: Uint8Array): boolean {
  return verifyFor('journalHeader', signingPublicKey, [header.signed], header.signature);
}
