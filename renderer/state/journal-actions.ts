/**
 * Every call the journal's screens make to main: the open package's journal (opened by main on
 * first use), the expert's annotations and reading positions written through the saver (an edit
 * within a second of the last keystroke, 已保存 only once main said it is on disk), and the
 * encrypted backup and its restore through main's dialogs. The working set (renderer/data/)
 * follows: the journal's live records when main answers, each record once main has written it,
 * the package's applications and materials from the desk.
 */
import type {
  AnnotationEntry,
  JournalAppendEntry,
  JournalRecord,
  JournalTarget,
  ReadingPositionEntry,
} from '../../shared/journal';
import { applyJournalRecord, emptyWorkingSet, hydrateJournal, hydratePackage } from '../data';
import { IpcCallError, api } from '../ipc/client';
import { errorFromMain, shownErrorOf } from '../ipc/shown-error';
import { useDeskStore } from './desk-store';
import { useIdentityStore } from './identity-store';
import { createJournalSaver } from './journal-saver';
import type { JournalSaver } from './journal-saver';
import {
  forgetTornTail,
  keepJournalError,
  showAppendedRecord,
  showJournalNotice,
  showJournalStatus,
  showSaveState,
  startJournalTask,
  useJournalStore,
} from './journal-store';

async function appendInMain(
  entry: JournalAppendEntry,
  target: JournalTarget,
): Promise<JournalRecord> {
  const result = await api().journal.append({ journal: target, entry });
  if (!result.ok) throw new IpcCallError(result.error);
  return result.value.record;
}

let saver: JournalSaver | null = null;

function journalSaver(): JournalSaver {
  saver ??= createJournalSaver({
    append: appendInMain,
    timers: {
      set: (callback, ms) => globalThis.setTimeout(callback, ms),
      clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    onRecord: (record) => {
      showAppendedRecord(record);
      void applyJournalRecord(record);
    },
    onState: (subject, state, error) =>
      showSaveState(subject, state, error === undefined ? null : shownErrorOf(error)),
  });
  return saver;
}

/** Forgets the saver and its waiting edits (a test starting afresh). */
export function resetJournalSaver(): void {
  saver = null;
}

/** Asks main for the open package's journal (after a package opened or an identity unlocked). */
export async function loadJournal(): Promise<void> {
  followDeskAndIdentity();
  const result = await api().journal.status({});
  if (result.ok) {
    showJournalStatus(result.value);
    void hydrateJournal(result.value);
    keepJournalError('load', null);
  } else keepJournalError('load', errorFromMain(result.error));
}

/** The journal shown now: an edit goes to it, even if main has opened another since. */
function shownJournal(): JournalTarget | null {
  const { status } = useJournalStore.getState();
  return status?.open ? { caseId: status.caseId, owner: status.owner } : null;
}

/** Writes `entry` now: true once main has it on disk (false with no journal open). */
async function saveNow(entry: JournalAppendEntry): Promise<boolean> {
  const target = shownJournal();
  if (target === null) return false;
  const writer = journalSaver();
  await writer.save(entry, target);
  return writer.stateOf(entry) === 'saved';
}

/** Writes `entry` once its subject has been quiet a moment (nothing with no journal open). */
function editSoon(entry: JournalAppendEntry): void {
  const target = shownJournal();
  if (target !== null) journalSaver().edit(entry, target);
}

/** A new or changed annotation, written now: true once main has it on disk. */
export function saveAnnotation(entry: AnnotationEntry): Promise<boolean> {
  return saveNow(entry);
}

/** A note being typed: written once the typing pauses. */
export function editAnnotation(entry: AnnotationEntry): void {
  editSoon(entry);
}

export function deleteAnnotation(annotationId: string): Promise<boolean> {
  return saveNow({ kind: 'annotation-deleted', annotationId });
}

/** Where the person is in a material: written once the scrolling pauses. */
export function noteReadingPosition(entry: ReadingPositionEntry): void {
  editSoon(entry);
}

/** Writes every waiting edit now (leaving a material, closing the package). */
export function flushJournal(): Promise<void> {
  return journalSaver().flush();
}

export async function exportJournalBackup(): Promise<void> {
  startJournalTask('backup');
  keepJournalError('backup', null);
  try {
    // What was typed a moment ago belongs in the backup.
    await journalSaver().flush();
    const result = await api().journal.exportBackup({});
    if (!result.ok) keepJournalError('backup', errorFromMain(result.error));
    else if (result.value.backup) showJournalNotice({ kind: 'backed-up', ...result.value.backup });
  } finally {
    startJournalTask(null);
  }
}

export async function restoreJournalBackup(): Promise<void> {
  startJournalTask('restore');
  keepJournalError('restore', null);
  try {
    const result = await api().journal.restoreBackup({});
    if (!result.ok) keepJournalError('restore', errorFromMain(result.error));
    else {
      showJournalStatus(result.value.status);
      void hydrateJournal(result.value.status);
      // A journal that would not open is mended now.
      keepJournalError('load', null);
      if (result.value.restored) {
        showJournalNotice({ kind: 'restored', accepted: result.value.restored.accepted });
      }
    }
  } finally {
    startJournalTask(null);
  }
}

export function dismissTornTail(): void {
  forgetTornTail();
}

export function dismissJournalNotice(): void {
  showJournalNotice(null);
}

export function clearJournalError(slot: 'load' | 'backup' | 'restore'): void {
  keepJournalError(slot, null);
}

/**
 * Main opens and closes the journal with the package and the identity; once the journal has been
 * asked for, the screen follows: a package opened, closed or replaced, or an identity unlocked,
 * locked or switched, and the journal is asked for again (writing what waits first).
 */
let followed = false;

export function followDeskAndIdentity(): void {
  if (followed) return;
  followed = true;
  // Edits still waiting keep the journal they were made in: main refuses them for another.
  const reload = () => void loadJournal();
  useDeskStore.subscribe((state, before) => {
    if (state.status?.opened?.packageId !== before.status?.opened?.packageId) reload();
  });
  useIdentityStore.subscribe((state, before) => {
    const fingerprint = (s: typeof state) => s.overview?.current?.fingerprint ?? null;
    if (fingerprint(state) !== fingerprint(before)) reload();
  });
}

/**
 * The working set holds the open package's applications and materials from the moment the desk
 * shows it, and nothing of a package once it closes or another replaces it: the records of the
 * journal before go at once, the new journal's come when main answers for it.
 */
function followDeskIntoWorkingSet(): void {
  useDeskStore.subscribe((state, before) => {
    const opened = state.status?.opened ?? null;
    if (opened?.packageId === before.status?.opened?.packageId) return;
    void emptyWorkingSet();
    if (opened !== null) void hydratePackage(opened);
  });
}

followDeskIntoWorkingSet();
