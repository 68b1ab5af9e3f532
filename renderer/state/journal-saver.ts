/**
 * What stands between the expert's edits and main's journal: the debounced writer of
 * shared/journal, keyed by each entry's subject (an annotation, a material's reading position),
 * so typing a note writes it once the keys have been quiet (within a second), the last value
 * wins, and an edit is 'saved' only once main answered that its append resolved (after fsync).
 * Pure: the append and the timers are given, so a test steps it by hand.
 */
import { createDebouncedWriter, subjectOf } from '../../shared/journal';
import type {
  JournalAppendEntry,
  JournalRecord,
  JournalTarget,
  SaveState,
  Timers,
} from '../../shared/journal';

export interface JournalSaverOptions {
  /**
   * Appends in main to the journal the edit was made in; resolves with the record once it is on
   * disk, rejects with the refusal.
   */
  readonly append: (entry: JournalAppendEntry, target: JournalTarget) => Promise<JournalRecord>;
  readonly timers: Timers;
  /** Told of every record written, before its edit is said to be saved. */
  readonly onRecord: (record: JournalRecord) => void;
  /** Told of every change of an edit's state, with the last failure (undefined once written). */
  readonly onState: (subject: string, state: SaveState, error: unknown) => void;
  readonly delayMs?: number;
}

export interface JournalSaver {
  /** An edit written once its subject has been quiet for a while (typing a note, scrolling). */
  edit(entry: JournalAppendEntry, target: JournalTarget): void;
  /** An edit written now (a new annotation, a deletion); resolves once every edit is settled. */
  save(entry: JournalAppendEntry, target: JournalTarget): Promise<void>;
  /** Writes every waiting edit now (leaving a material, closing the package). */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  /** The state of an entry's subject; undefined before its first edit. */
  stateOf(entry: JournalAppendEntry): SaveState | undefined;
}

export function createJournalSaver(options: JournalSaverOptions): JournalSaver {
  const writer = createDebouncedWriter<{ entry: JournalAppendEntry; target: JournalTarget }>({
    write: async (_subject, { entry, target }) =>
      options.onRecord(await options.append(entry, target)),
    timers: options.timers,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  });
  writer.onChange((subject, state) => options.onState(subject, state, writer.errorOf(subject)));
  return {
    edit: (entry, target) => writer.edit(subjectOf(entry), { entry, target }),
    async save(entry, target) {
      writer.edit(subjectOf(entry), { entry, target });
      await writer.flush();
    },
    flush: () => writer.flush(),
    hasUnsaved: () => writer.hasUnsaved(),
    stateOf: (entry) => writer.stateOf(subjectOf(entry)),
  };
}
