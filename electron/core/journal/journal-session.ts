/**
 * An open journal: its records, and appends that resolve only once the record is on disk
 * (written and fsync'd; its number is remembered outside the journal right after). Appends, compaction and
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

/**
 * The journal's number as remembered outside it, kept up off the acknowledgement path: an edit is
 * saved (已保存) once its frame is fsync'd, and the memory (a settings document, itself written
 * atomically: two more flushes) follows at once in the background, one write at a time, the
 * newest number winning. The memory can only lag, never lead: a crash between the two leaves a
 * journal longer than remembered, which opens. A failed memory write is retried before the next
 * append, which is refused (nothing written) while the memory still cannot be written; closing
 * waits for it. docs/journal-format.md, "The memory".
 */
/** How long the memory waits for more saves before it writes (a burst, one write). */
const COALESCE_MS = 20;

function laggingMemory(
  services: JournalServices,
  key: { readonly owner: string; readonly caseId: string; readonly journalId: string },
) {
  let wanted = 0;
  let remembered = 0;
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = async () => {
    try {
      while (remembered < wanted) {
        const target = wanted;
        await services.memory.remember(key.owner, key.caseId, key.journalId, target);
        remembered = target;
      }
      failure = null;
    } catch (error) {
      failure = error;
    } finally {
      running = null;
    }
  };
  const start = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    running ??= write();
    return running;
  };
  return {
    /** Remembers `recordNumber` soon; returns at once. */
    follow(recordNumber: number): void {
      wanted = Math.max(wanted, recordNumber);
      // A burst of saves (a restore, fast typing in several fields) is remembered in one write.
      if (running === null && timer === null) {
        timer = setTimeout(() => {
          timer = null;
          void start();
        }, COALESCE_MS);
      }
    },
    /**
     * Before an append: nothing to wait for unless the last memory write failed; then it is
     * tried again now, and its refusal thrown if it still fails.
     */
    async settle(): Promise<void> {
      if (failure === null) return;
      await running;
      await start();
      if (failure !== null) throw journalDiskError(failure);
    },
    /** Waits until the memory holds every number asked (closing, compacting). */
    async flush(): Promise<void> {
      await running;
      if (remembered < wanted || timer !== null) await start();
      if (failure !== null) throw journalDiskError(failure);
    },
  };
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
  const memory = laggingMemory(services, { owner, caseId, journalId });

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
        const sealed = sealRecord(
          state.header,
          state.recordKey,
          state.link,
          record,
          services.randomBytes,
        );
        await writeFrame(state, sealed.frame);
        state.dirtyTail = false;
        state.end += sealed.frame.length;
        state.link = sealed.link;
        state.lastNumber = record.recordNumber;
        state.records = [...state.records, record];
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
