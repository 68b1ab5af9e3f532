/** Sealing records one after another along the chain (appending, and writing a compacted file). */
import type { JournalRecord } from '../../../shared/journal';
import { chainLink, sealFrame } from './journal-frame';
import type { JournalHeader } from './journal-header';
import { nonceSource } from './journal-nonces';

/** The frame of `record` after the frame whose link is `link` (the link it leaves: its hash). */
export function sealRecordFrame(
  header: JournalHeader,
  recordKey: Buffer,
  link: Buffer,
  record: JournalRecord,
  nextNonce: () => Buffer,
): Buffer {
  return sealFrame(
    { recordKey, journalId: header.journalId, link },
    record.recordNumber,
    nextNonce(),
    JSON.stringify(record),
  );
}

/** The frame of `record` after the frame whose link is `link`, and the link it leaves. */
export function sealRecord(
  header: JournalHeader,
  recordKey: Buffer,
  link: Buffer,
  record: JournalRecord,
  nextNonce: () => Buffer,
): { frame: Buffer; link: Buffer } {
  const frame = sealRecordFrame(header, recordKey, link, record, nextNonce);
  return { frame, link: chainLink(frame) };
}

/** A whole journal file: the header, then `records` sealed in order with fresh nonces. */
export function sealJournalFile(
  header: JournalHeader,
  recordKey: Buffer,
  records: readonly JournalRecord[],
  randomBytes: (size: number) => Buffer,
): { bytes: Buffer; link: Buffer } {
  const parts: Buffer[] = [header.bytes];
  let link = chainLink(header.bytes);
  const nextNonce = nonceSource(randomBytes);
  for (const record of records) {
    const sealed = sealRecord(header, recordKey, link, record, nextNonce);
    parts.push(sealed.frame);
    link = sealed.link;
  }
  return { bytes: Buffer.concat(parts), link };
}
