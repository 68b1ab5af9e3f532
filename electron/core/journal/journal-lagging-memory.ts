/**
 * The journal's number as remembered outside it, kept up off the acknowledgement path: an edit is
 * saved (已保存) once its frame is fsync'd, and the memory (a settings document written
 * atomically: a temporary file, its fsync, a rename, the folder's fsync) follows in the
 * background, one write at a time, the newest number winning. The memory can only lag, never
 * lead: a crash between the two leaves a journal longer than remembered, which opens.
 *
 * The memory is written at the end of a window of 250 ms opened by the first save of a quiet
 * journal, with the highest number saved by then; saves made while that write runs open the next
 * window once it finishes: at most one write per window, never one straight after another. A
 * write of the memory is three flushes of the disk the journal is on; written after each burst of
 * 20 ms, and again at once while saves kept coming, it kept the disk busy for the whole of a burst
 * (a restore, several fields saved at once, the bench's edits in a row), and every save's own
 * fsync queued behind it. A quarter of a second is what the memory may lag behind the journal:
 * only the records saved that long before a crash could later be cut away unnoticed.
 *
 * A failed write is tried again before the next append, which is refused (nothing written) while
 * the memory still cannot be written; closing and compacting wait for every number asked.
 * docs/journal-format.md, "The memory of record numbers".
 */
import { journalDiskError } from './journal-disk-error';

/** How long the memory waits for more saves before it writes, and so at most how often it writes. */
export const MEMORY_WINDOW_MS = 250;

export interface LaggingMemory {
  /** Remembers `recordNumber` soon (by the end of the current window); returns at once. */
  follow(recordNumber: number): void;
  /**
   * Before an append: resolves at once unless the last write failed; then it is tried again now,
   * and its refusal (journal-disk-full, journal-write-failed) thrown if it still fails.
   */
  settle(): Promise<void>;
  /** Whether the last write failed: an append must `settle` first (otherwise it need not wait). */
  failed(): boolean;
  /** Writes now whatever is not yet remembered, and waits for it (closing, compacting). */
  flush(): Promise<void>;
}

/** `remember` raises the number outside the journal; it is called one at a time. */
export function laggingMemory(
  remember: (recordNumber: number) => Promise<void>,
  windowMs: number = MEMORY_WINDOW_MS,
): LaggingMemory {
  let wanted = 0;
  let remembered = 0;
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelWindow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const openWindow = () => {
    timer = setTimeout(() => {
      timer = null;
      void writeNow();
    }, windowMs);
  };
  // One write of the highest number asked; never rejects (the failure is kept for settle/flush).
  const writeOnce = async () => {
    const target = wanted;
    try {
      await remember(target);
      remembered = Math.max(remembered, target);
      failure = null;
    } catch (error) {
      failure = error;
    }
  };
  // Runs after the write, always a turn later than `running` was set (so never before it).
  const afterWrite = () => {
    running = null;
    // Saves made during the write: the next window, not a write straight after this one.
    if (failure === null && remembered < wanted && timer === null) openWindow();
  };
  const writeNow = (): Promise<void> => {
    cancelWindow();
    running ??= writeOnce().then(afterWrite);
    return running;
  };

  return {
    follow(recordNumber) {
      wanted = Math.max(wanted, recordNumber);
      if (running === null && timer === null) openWindow();
    },
    async settle() {
      if (failure === null) return;
      await running;
      if (failure === null) return;
      await writeNow();
      if (failure !== null) throw journalDiskError(failure);
    },
    failed: () => failure !== null,
    async flush() {
      await running;
      while (remembered < wanted) {
        await writeNow();
        if (failure !== null) throw journalDiskError(failure);
      }
      cancelWindow();
    },
  };
}
