/**
 * An open journal: its records, and appends that resolve only once the record is on disk
 * (written, fsync'd, and its number remembered outside the journal). Appends, compaction and
 * snapshots run one at a time, in the order asked.
 */
import { AppError } from '../../../shared/errors';
import { validationIssuesOf, ownWordsOnly } from '../../../shared/errors/validation-issue';
import { JournalRecordSchema } from '../../../shared/journal';
import type { JournalEntry, JournalOpenReport, JournalRecord } from '../../../shared/journal';
import { sealRecord } from './journal-chain';
import { compactJournal } from './journal-compaction';
import type { CompactionResult } from './journal-compaction';
import { journalDiskError } from './journal-disk-error';
import { writeFully } from './journal-file-system';
import type { JournalServices, JournalState } from './journal-state';

export interface Journal {
  readonly caseId: string;
  /** 32 hex digits, random: the journal's identity through compactions and restores. */
  readonly journalId: string;
  /** The owner's fingerprint. */
  readonly owner: string;
  /** The owner's public age recipient: a backup is encrypted to it. */
  readonly ownerRecipient: string;
  /** What opening found and repaired (a torn tail). */
  readonly report: JournalOpenReport;
  /** Every record, in journal order (compaction keeps only the live ones). */
  records(): readonly JournalRecord[];
  lastRecordNumber(): number;
  /** Resolves once the record is on disk; rejects with a typed AppError, writing nothing. */
  append(entry: JournalEntry): Promise<{ recordNumber: number }>;
  compact(): Promise<CompactionResult>;
  /** The file's bytes up to the last saved record, as one consistent copy. */
  snapshot(): Promise<{ bytes: Buffer; lastRecordNumber: number }>;
  close(): Promise<void>;
}

function recordOf(state: JournalState, services: JournalServices, entry: JournalEntry) {
  const parsed = JournalRecordSchema.safeParse(
    {
      ...entry,
      caseId: state.header.caseId,
      recordNumber: Math.max(state.lastNumber, state.floor) + 1,
      at: services.now().toISOString(),
      author: state.header.owner,
    },
    ownWordsOnly,
  );
  if (!parsed.success) {
    throw new AppError('journal-record-invalid', { issues: validationIssuesOf(parsed.error) });
  }
  return parsed.data;
}

/** Writes and flushes `frame` at the journal's end; on failure nothing stays after the end. */
async function writeFrame(state: JournalState, frame: Buffer): Promise<void> {
  try {
    if (state.dirtyTail) {
      await state.handle.truncate(state.end);
      state.dirtyTail = false;
    }
    state.dirtyTail = true;
    await writeFully(state.handle, frame, state.end);
  } catch (error) {
    await state.handle
      .truncate(state.end)
      .then(() => void (state.dirtyTail = false))
      .catch(() => undefined);
    throw journalDiskError(error);
  }
  try {
    await state.handle.sync();
  } catch (error) {
    // After a failed fsync the kernel may have dropped the pages (PostgreSQL's "fsyncgate"):
    // nothing more is written until the journal is read back from disk.
    state.broken = true;
    throw journalDiskError(error);
  }
}

/** Takes a written frame back when its number could not be remembered. */
async function unwriteFrame(state: JournalState): Promise<void> {
  try {
    await state.handle.truncate(state.end);
    await state.handle.sync();
    state.dirtyTail = false;
  } catch {
    state.broken = true;
  }
}

export function journalOver(
  state: JournalState,
  services: JournalServices,
  report: JournalOpenReport,
): Journal {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => {
      if (state.closed) throw new AppError('journal-closed');
      return task();
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const usable = () => {
    if (state.broken) throw new AppError('journal-write-failed', {}, 'reopen the journal');
  };
  const journalId = state.header.journalId.toString('hex');
  const { caseId, owner } = state.header;

  return {
    caseId,
    journalId,
    owner,
    ownerRecipient: services.identity.card.ageRecipient,
    report,
    records: () => state.records,
    lastRecordNumber: () => state.lastNumber,
    append: (entry) =>
      serial(async () => {
        usable();
        const record = recordOf(state, services, entry);
        const sealed = sealRecord(
          state.header,
          state.recordKey,
          state.link,
          record,
          services.randomBytes,
        );
        await writeFrame(state, sealed.frame);
        try {
          await services.memory.remember(owner, caseId, journalId, record.recordNumber);
        } catch (error) {
          await unwriteFrame(state);
          throw journalDiskError(error);
        }
        state.dirtyTail = false;
        state.end += sealed.frame.length;
        state.link = sealed.link;
        state.lastNumber = record.recordNumber;
        state.records = [...state.records, record];
        return { recordNumber: record.recordNumber };
      }),
    compact: () =>
      serial(async () => {
        usable();
        return compactJournal(state, services);
      }),
    snapshot: () =>
      serial(async () => ({
        bytes: (await services.fs.readFile(state.path)).subarray(0, state.end),
        lastRecordNumber: state.lastNumber,
      })),
    close: () =>
      serial(async () => {
        state.closed = true;
        state.recordKey.fill(0);
        state.release();
        await state.handle.close();
      }),
  };
}
