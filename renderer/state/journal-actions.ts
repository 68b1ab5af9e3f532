/**
 * Every call the journal's screens make to main: the open package's journal (opened by main on
 * first use), the expert's annotations and reading positions written through the saver (an edit
 * within a second of the last keystroke, 已保存 only once main said it is on disk), and the
 * encrypted backup and its restore through main's dialogs.
 */
import type {
  AnnotationEntry,
  JournalAppendEntry,
  JournalRecord,
  ReadingPositionEntry,
} from '../../shared/journal';
import { IpcCallError, api } from '../ipc/client';
import { errorFromMain, shownErrorOf } from '../ipc/shown-error';
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
} from './journal-store';

async function appendInMain(entry: JournalAppendEntry): Promise<JournalRecord> {
  const result = await api().journal.append({ entry });
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
    onRecord: showAppendedRecord,
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
  const result = await api().journal.status({});
  if (result.ok) {
    showJournalStatus(result.value);
    keepJournalError('load', null);
  } else keepJournalError('load', errorFromMain(result.error));
}

/** A new or changed annotation, written now: true once main has it on disk. */
export async function saveAnnotation(entry: AnnotationEntry): Promise<boolean> {
  const writer = journalSaver();
  await writer.save(entry);
  return writer.stateOf(entry) === 'saved';
}

/** A note being typed: written once the typing pauses. */
export function editAnnotation(entry: AnnotationEntry): void {
  journalSaver().edit(entry);
}

export async function deleteAnnotation(annotationId: string): Promise<boolean> {
  const writer = journalSaver();
  const entry: JournalAppendEntry = { kind: 'annotation-deleted', annotationId };
  await writer.save(entry);
  return writer.stateOf(entry) === 'saved';
}

/** Where the person is in a material: written once the scrolling pauses. */
export function noteReadingPosition(entry: ReadingPositionEntry): void {
  journalSaver().edit(entry);
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
