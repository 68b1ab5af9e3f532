/**
 * The journal's constants and its one derived key (docs/journal-format.md): a journal is one
 * person's work on one case, appended as encrypted, chained records after a signed header.
 */
import { hkdfSync } from 'node:crypto';

export const JOURNAL_MAGIC = Buffer.from('QBJL', 'latin1');
export const JOURNAL_VERSION = 1;
export const JOURNAL_ID_BYTES = 16;
export const JOURNAL_KEY_BYTES = 32;
/** HKDF info of the record key; the salt is the journal id. */
export const RECORD_KEY_INFO = 'QBJOURNAL record key v1';

export const LENGTH_FIELD_BYTES = 4;
export const NUMBER_BYTES = 8;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** What a frame adds around its padded record, length field excluded. */
export const FRAME_OVERHEAD = NUMBER_BYTES + NONCE_BYTES + TAG_BYTES;
/** A record is a note or a position: far below this; the cap bounds a torn tail too. */
export const MAX_PADDED_RECORD_BYTES = 256 * 1024;
/** The most bytes one append writes: a tail longer than this was not one unfinished write. */
export const MAX_FRAME_BYTES = LENGTH_FIELD_BYTES + FRAME_OVERHEAD + MAX_PADDED_RECORD_BYTES;

/** The file of one person's journal of one case, in the folder the caller gives. */
export const JOURNAL_EXTENSION = '.qbjournal';
export const BACKUP_EXTENSION = '.qbjbackup';

/** The AES-256-GCM key of every record of a journal: separate from the key that is wrapped. */
export function deriveRecordKey(journalKey: Uint8Array, journalId: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', journalKey, journalId, RECORD_KEY_INFO, 32));
}
