/**
 * An open journal: its records, and appends that resolve only once the record is on disk
 * (written and fsync'd; its number is remembered outside the journal right after). Appends, compaction and
 * snapshots run one at a time, in the order asked.
 */
import { AppError } from '../../../shared/errors';
import { validationIssuesOf, ownWordsOnly } from '../../../shared/errors/validation-issue';
import { JournalRecordSchema } from '../../../shared/journal';
import { fastCheckedRecord } from '../../../shared/journal/journal-record-fast-check';
import type { JournalEntry, JournalOpenReport, JournalRecord } from '../../../shared/journal';
import { compactJournal } from './journal-compaction';
import type { CompactionResult } from './journal-compaction';
import { journalDiskError } from './journal-disk-error';
import { writeFully } from './journal-file-system';
import { chainLink, frameSealer } from './journal-frame';
import type { FrameSealer } from './journal-frame';
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
  const envelope = {
    caseId: state.header.caseId,
    recordNumber: Math.max(state.lastNumber, state.floor) + 1,
    at: services.now().toISOString(),
    author: state.header.owner,
  };
  // The editor's kinds by a hand-written check that accepts only what the schema accepts, and
  // builds the record without an object spread (the spread alone cost more than the check); the
  // other kinds, and every refusal, by the schema.
  const checked = fastCheckedRecord(entry, envelope);
  if (checked !== null) return checked;
  const candidate = { ...entry, ...envelope };
  const parsed = JournalRecordSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Parsed again, for the refusal only, with the options that mark the library's words: passed
  // on every save they took zod off its compiled path (about twice the time of a valid record).
  const explained = JournalRecordSchema.safeParse(candidate, ownWordsOnly);
  throw new AppError('journal-record-invalid', {
    issues: explained.success ? [] : validationIssuesOf(explained.error),
  });
}

/** Cuts what a failed write may have left after the journal's end. */
async function cutTail(state: JournalState): Promise<void> {
  await state.handle.truncate(state.end);
  state.dirtyTail = false;
}

/** Writes `frame` at the journal's end; on failure nothing stays after the end. */
function writeAtEnd(state: JournalState, frame: Buffer): Promise<void> {
  if (state.dirtyTail) {
    return cutTail(state).then(
      () => writeAtEnd(state, frame),
      (error: unknown) => Promise.reject(journalDiskError(error)),
    );
  }
  state.dirtyTail = true;
  return writeFully(state.handle, frame, state.end).catch(async (error: unknown) => {
    await cutTail(state).catch(() => undefined);
    throw journalDiskError(error);
  });
}

/** A failed flush: the kernel may have dropped the pages (PostgreSQL's "fsyncgate"). */
function flushFailed(state: JournalState, error: unknown): never {
  // Nothing more is written until the journal is read back from disk.
  state.broken = true;
  throw journalDiskError(error);
}

/**
 * Writes and flushes `frame` at the journal's end. `whileFlushing` runs once the flush is asked,
 * while the disk works: the next frame's preparation waits neither for the flush nor holds up the
 * flush's start (run right after the write was asked, it delayed the flush by its own time).
 * No closure here is bound to a name: under tsx (the bench, the tests) every named function made
 * per call is given its name by a property definition, a cost on every save.
 */
function writeFrame(state: JournalState, frame: Buffer, whileFlushing: () => void): Promise<void> {
  return writeAtEnd(state, frame).then(() => {
    let flushed: Promise<void>;
    try {
      flushed = state.handle.sync();
    } catch (error) {
      return flushFailed(state, error);
    }
    whileFlushing();
    return flushed.catch((error: unknown) => flushFailed(state, error));
  });
}

/** Runs `task`, a synchronous throw as a rejection. */
function started<T>(task: () => Promise<T>): Promise<T> {
  try {
    return task();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Runs tasks one at a time, in the order asked. A task asked while none runs starts at once,
 * in the caller's turn (a queue's `then` cost every save a turn of the event loop's microtasks
 * before its record was even built).
 */
function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const finished = () => void (running -= 1);
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = running === 0 ? started(task) : tail.then(() => started(task));
    running += 1;
    tail = run.then(finished, finished);
    return run;
  };
}

export function journalOver(
  state: JournalState,
  services: JournalServices,
  report: JournalOpenReport,
): Journal {
  const queue = serialQueue();
  const serial = <T>(task: () => Promise<T>): Promise<T> =>
    queue(() => {
      if (state.closed) throw new AppError('journal-closed');
      return task();
    });
  const usable = () => {
    if (state.broken) throw new AppError('journal-write-failed', {}, 'reopen the journal');
  };
  const journalId = state.header.journalId.toString('hex');
  const { caseId, owner } = state.header;
  const memory = laggingMemory((recordNumber) =>
    services.memory.remember(owner, caseId, journalId, recordNumber),
  );
  const nextNonce = nonceSource(services.randomBytes);
  // The next frame's sealer (its cipher keyed, nonce and AAD set), made while the disk flushes
  // the frame before it; used only if the journal is still where it was made for (the same
  // number and link: not after a failed write, a compaction or a restore's higher floor).
  let nextSealer: FrameSealer | null = null;
  const sealerFor = (recordNumber: number): FrameSealer => {
    const ready = nextSealer;
    nextSealer = null;
    if (ready?.recordNumber === recordNumber && ready.link === state.link) return ready;
    return frameSealer(
      { recordKey: state.recordKey, journalId: state.header.journalId, link: state.link },
      recordNumber,
      nextNonce(),
    );
  };
  const prepareNext = (recordNumber: number, link: Buffer) => {
    try {
      nextSealer = frameSealer(
        { recordKey: state.recordKey, journalId: state.header.journalId, link },
        recordNumber,
        nextNonce(),
      );
    } catch {
      // Not ready: the next append makes its own, and says why if it cannot.
      nextSealer = null;
    }
  };
  /** One append, once the memory is settled: resolves when the frame is on disk. */
  const appendNow = (entry: JournalEntry): Promise<{ recordNumber: number }> => {
    const record = recordOf(state, services, entry);
    const frame = sealerFor(record.recordNumber).seal(JSON.stringify(record));
    let link: Buffer | null = null;
    const written = writeFrame(state, frame, () => {
      // While the disk flushes: this frame's hash (the next frame's link), the next sealer.
      link = chainLink(frame);
      prepareNext(record.recordNumber + 1, link);
    });
    return written.then(() => {
      state.dirtyTail = false;
      state.end += frame.length;
      state.link = link ?? chainLink(frame);
      state.lastNumber = record.recordNumber;
      // In place: a copy per save made each edit cost the length of the whole journal.
      state.records.push(record);
      memory.follow(record.recordNumber);
      return { recordNumber: record.recordNumber };
    });
  };

  return {
    caseId,
    journalId,
    owner,
    ownerRecipient: services.identity.card.ageRecipient,
    report,
    records: () => state.records,
    lastRecordNumber: () => state.lastNumber,
    append: (entry) =>
      serial(() => {
        usable();
        // A memory write that failed must succeed first (a full data folder: refused here,
        // before anything of this edit is written); otherwise nothing to wait for.
        if (memory.failed()) return memory.settle().then(() => appendNow(entry));
        return appendNow(entry);
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
        nextSealer = null;
        state.recordKey.fill(0);
        state.release();
        await state.handle.close();
      }),
  };
}
