/**
 * Reading a journal file: the signed header, the key, then every frame in order along the chain.
 * Reading stops at the first bytes that are not a whole authentic frame; whether those are a
 * torn tail (the unfinished last write) or damage is decided against the remembered highest
 * record number (journal-open.ts), not here.
 */
import { AppError } from '../../../shared/errors';
import { JournalRecordSchema } from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';
import { unwrapKey } from '../crypto/key-wrap';
import type { Identity } from '../identity/identity';
import { signingPublicKeyOf } from '../identity/identity-card';
import { chainLink, openFrame } from './journal-frame';
import type { FrameReading } from './journal-frame';
import { deriveRecordKey } from './journal-format';
import { decodeJournalHeader, headerIsSigned } from './journal-header';
import type { JournalHeader } from './journal-header';

export interface UnlockedJournal {
  readonly header: JournalHeader;
  readonly recordKey: Buffer;
}

/** The header checked against the identity opening it, and the record key unwrapped. */
export async function unlockJournal(
  file: Buffer,
  identity: Identity,
  caseId: string | undefined,
): Promise<UnlockedJournal> {
  const header = decodeJournalHeader(file);
  if (header.owner !== identity.card.fingerprint) throw new AppError('journal-not-yours');
  if (!headerIsSigned(header, signingPublicKeyOf(identity.card))) {
    throw new AppError('bad-signature', {}, 'journal header');
  }
  if (caseId !== undefined && header.caseId !== caseId) throw new AppError('journal-other-case');
  const journalKey = await unwrapKey(
    'journalKey',
    { recipientsWrap: header.wrap, passphraseWrap: new Uint8Array(0) },
    { identity: identity.ageIdentity },
  );
  try {
    return { header, recordKey: deriveRecordKey(journalKey, header.journalId) };
  } finally {
    journalKey.fill(0);
  }
}

export interface ScannedJournal {
  readonly records: JournalRecord[];
  /** Where the last whole authentic frame ends (the header's end when there is none). */
  readonly end: number;
  /** The chain link the next frame is bound to. */
  readonly link: Buffer;
  readonly lastNumber: number;
  /** The bytes from `end` on, when they are not a whole authentic frame. */
  readonly failure: Exclude<FrameReading, { ok: true }> | null;
}

function parseRecord(bytes: Buffer, recordNumber: number, header: JournalHeader): JournalRecord {
  let parsed: ReturnType<typeof JournalRecordSchema.safeParse>;
  try {
    parsed = JournalRecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new AppError('journal-record-unreadable', { recordNumber }, 'not JSON');
  }
  if (
    !parsed.success ||
    parsed.data.recordNumber !== recordNumber ||
    parsed.data.caseId !== header.caseId ||
    parsed.data.author !== header.owner
  ) {
    throw new AppError('journal-record-unreadable', { recordNumber });
  }
  return parsed.data;
}

/** Every authentic record after the header, in order. Throws only for an authentic bad record. */
export function scanJournal(file: Buffer, unlocked: UnlockedJournal): ScannedJournal {
  const { header, recordKey } = unlocked;
  const records: JournalRecord[] = [];
  let offset = header.bytes.length;
  let link = chainLink(header.bytes);
  let lastNumber = 0;
  while (offset < file.length) {
    const frame = openFrame(file, offset, { recordKey, journalId: header.journalId, link });
    if (!frame.ok) return { records, end: offset, link, lastNumber, failure: frame };
    // Authentic yet not above the last: only a key holder's bug could write it.
    if (frame.recordNumber <= lastNumber) {
      throw new AppError('journal-damaged', { afterRecord: lastNumber }, 'numbers not increasing');
    }
    records.push(parseRecord(frame.record, frame.recordNumber, header));
    lastNumber = frame.recordNumber;
    link = chainLink(frame.bytes);
    offset += frame.bytes.length;
  }
  return { records, end: offset, link, lastNumber, failure: null };
}

/**
 * Whether the bytes after the last authentic frame have the shape an unfinished append leaves:
 * a frame cut short by the end of the file, a last frame whose bytes did not all reach the disk,
 * or a block the file system allocated but never wrote (zeros). Anything else is damage.
 */
export function looksTorn(scan: ScannedJournal, fileLength: number, maxTail: number): boolean {
  const { failure } = scan;
  if (failure === null || fileLength - scan.end > maxTail) return false;
  if (failure.why === 'incomplete') return true;
  if (failure.why === 'unauthentic') return failure.end === fileLength;
  return failure.length === 0;
}
