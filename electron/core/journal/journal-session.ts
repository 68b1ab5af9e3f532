/**
 * An open journal: its records, and appends that resolve only once the record is on disk
 * (written and fsync'd; its number is remembered outside the journal right after). Appends, compaction and
 * snapshots run one at a time, in the order asked.
 */
import { AppError } from '../../../shared/errors';
import { validationIssuesOf, ownWordsOnly } from '../../../shared/errors/validation-issue';
import { JournalRecordSchema } from '../../../shared/journal';
import type { JournalEntry, JournalOpenReport, JournalRecord } from '../../../shared/journal';
import { sealRecordFrame } from './journal-chain';
import { compactJournal } from './journal-compaction';
import type { CompactionResult } from './journal-compaction';
import { journalDiskError } from './journal-disk-error';
import { writeFully } from './journal-file-system';
import { chainLink } from './journal-frame';
import { laggingMemory } from './journal-lagging-memory';
import { nonceSource } from './journal-nonces';
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
  /**
   * Every record, in journal order (compaction keeps only the live ones): a read-only view that
   * later appends extend; copy it to keep what it held at one moment.
   */
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
  const candidate = {
    ...entry,
    caseId: state.header.caseId,
    recordNumber: Math.max(state.lastNumber, state.floor) + 1,
    at: services.now().toISOString(),
    author: state.header.owner,
  };
  const parsed = JournalRecordSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Parsed again, for the refusal only, with the options that mark the library's words: passed
  // on every save they took zod off its compiled path (about twice the time of a valid record).
  const explained = JournalRecordSchema.safeParse(candidate, ownWordsOnly);
  throw new AppError('journal-record-invalid', {
    issues: explained.success ? [] : validationIssuesOf(explained.error),
  });
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
  const nextNonce = nonceSource(services.randomBytes);
  const memory = laggingMemory((recordNumber) =>
    services.memory.remember(owner, caseId, journalId, recordNumber),
  );

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
        // A memory write that failed must succeed first (a full data folder: refused here,
        // before anything of this edit is written).
        await memory.settle();
        const record = recordOf(state, services, entry);
        const frame = sealRecordFrame(state.header, state.recordKey, state.link, record, nextNonce);
        const written = writeFrame(state, frame);
        // The next frame's link is this frame's hash: computed while the disk writes and flushes.
        const link = chainLink(frame);
        await written;
        state.dirtyTail = false;
        state.end += frame.length;
        state.link = link;
        state.lastNumber = record.recordNumber;
        // In place: a copy per save made each edit cost the length of the whole journal.
        state.records.push(record);
        memory.follow(record.recordNumber);
        return { recordNumber: record.recordNumber };
      }),
    compact: () =>
      serial(async () => {
        usable();
        await memory.flush();
        return compactJournal(state, services);
      }),
    snapshot: () =>
      serial(async () => ({
        bytes: (await services.fs.readFile(state.path)).subarray(0, state.end),
        lastRecordNumber: state.lastNumber,
      })),
    close: () =>
      serial(async () => {
        // The number of the last record is remembered before the journal is let go (a failure
        // here leaves the memory behind the journal, which still opens).
        await memory.flush().catch(() => undefined);
        state.closed = true;
        state.recordKey.fill(0);
        state.release();
        await state.handle.close();
      }),
  };
}
