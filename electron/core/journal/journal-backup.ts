/**
 * The user's backup of a journal, for a folder they choose (a laptop can die mid-round), and its
 * restore on any machine with their identity. The backup is one age file for the owner's
 * recipient whose payload is
 *
 *   "QBJOURNAL backup v1\0" | journal length u64 | the journal's bytes | zeros to the Padmé length
 *
 * so nothing about it (case, owner, size beyond its Padmé bucket) shows without the identity;
 * the journal inside is the signed, authenticated file itself. A restore verifies it whole (a
 * backup has no torn tail), records the restore in the memory, and appends a 'journal-restored'
 * record numbered above everything this machine had seen of the case, so any older copy of the
 * journal is refused as rolled back afterwards.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { decryptWithIdentity, encryptToRecipients } from '../crypto/age-recipients';
import { padmeLength } from '../crypto/padme';
import { writeFileAtomic } from '../storage/atomic-write';
import { pathInside } from '../storage/path-inside';
import { journalDiskError } from './journal-disk-error';
import { nodeJournalFileSystem, replaceFile } from './journal-file-system';
import { journalFileName, journalPath } from './journal-file-name';
import { BACKUP_EXTENSION, JOURNAL_EXTENSION } from './journal-format';
import { openJournalFile } from './journal-open';
import type { JournalOptions } from './journal-open';
import { scanJournal, unlockJournal } from './journal-scan';
import type { Journal } from './journal-session';
import { assertJournalNotOpen } from './open-journals';

const BACKUP_LABEL = Buffer.from('QBJOURNAL backup v1\0', 'latin1');

export interface JournalBackup {
  /** The file's name in the chosen folder (never the folder: that is the user's path). */
  readonly fileName: string;
  readonly lastRecordNumber: number;
}

export function encodeBackupPayload(journal: Buffer): Buffer {
  const payload = Buffer.alloc(padmeLength(BACKUP_LABEL.length + 8 + journal.length));
  payload.set(BACKUP_LABEL, 0);
  payload.writeBigUInt64BE(BigInt(journal.length), BACKUP_LABEL.length);
  payload.set(journal, BACKUP_LABEL.length + 8);
  return payload;
}

export function decodeBackupPayload(payload: Uint8Array): Buffer {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const start = BACKUP_LABEL.length + 8;
  if (bytes.length < start || !bytes.subarray(0, BACKUP_LABEL.length).equals(BACKUP_LABEL)) {
    throw new AppError('not-a-journal-backup');
  }
  const length = bytes.readBigUInt64BE(BACKUP_LABEL.length);
  if (length > BigInt(bytes.length - start)) throw new AppError('not-a-journal-backup');
  return Buffer.from(bytes.subarray(start, start + Number(length)));
}

/** Writes an encrypted backup of `journal` into `folder`, replacing an older one of the same name. */
export async function exportJournalBackup(
  journal: Journal,
  folder: string,
): Promise<JournalBackup> {
  const { bytes, lastRecordNumber } = await journal.snapshot();
  const base = journalFileName(journal.caseId, journal.owner).slice(0, -JOURNAL_EXTENSION.length);
  const fileName = `${base}.r${lastRecordNumber}${BACKUP_EXTENSION}`;
  const sealed = await encryptToRecipients(encodeBackupPayload(bytes), [journal.ownerRecipient]);
  await writeFileAtomic(pathInside(folder, fileName), sealed).catch((error: unknown) => {
    throw journalDiskError(error);
  });
  return { fileName, lastRecordNumber };
}

export interface RestoredJournal {
  readonly journal: Journal;
  /** The backup's last record, and the highest this machine had seen of the case before. */
  readonly accepted: number;
  readonly previousHighest: number | null;
}

/**
 * Restores the backup `file` as the owner's journal of its case in `dir` (the app's data
 * directory), replacing the journal there, and opens it. Throws a typed AppError.
 */
export async function restoreJournalBackup(
  file: string,
  dir: string,
  options: JournalOptions,
): Promise<RestoredJournal> {
  const { identity, memory } = options;
  const sealed = await readFile(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('file-not-found');
    throw journalDiskError(error);
  });
  const bytes = decodeBackupPayload(await decryptWithIdentity(sealed, identity.ageIdentity));
  const unlocked = await unlockJournal(bytes, identity, options.caseId);
  const scan = scanJournal(bytes, unlocked);
  if (scan.failure !== null) {
    throw new AppError('journal-damaged', { afterRecord: scan.lastNumber }, 'backup');
  }
  const { caseId, owner } = unlocked.header;
  const previous = await memory.remembered(owner, caseId);
  const floor = Math.max(scan.lastNumber, previous?.highest ?? 0);
  const target = journalPath(dir, caseId, owner);
  assertJournalNotOpen(target);
  await memory.recordRestore(
    {
      owner,
      caseId,
      journalId: unlocked.header.journalId.toString('hex'),
      accepted: scan.lastNumber,
      previous,
      at: (options.now ?? (() => new Date()))().toISOString(),
    },
    floor,
  );
  await replaceFile(options.fs ?? nodeJournalFileSystem, target, bytes).catch((error: unknown) => {
    throw journalDiskError(error);
  });
  const journal = await openJournalFile(target, options, { floor });
  const previousHighest = previous?.highest ?? null;
  await journal.append({ kind: 'journal-restored', accepted: scan.lastNumber, previousHighest });
  return { journal, accepted: scan.lastNumber, previousHighest };
}
