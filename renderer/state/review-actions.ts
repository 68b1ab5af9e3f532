/**
 * Every call the review screen makes to main: the review context of the open package, the
 * undertaking and a conflict signed in main (their records shown once main has them on disk),
 * and each score, comment and decision written through a journal saver of its own, keyed by the
 * entry's subject (one per field): within a second of the last keystroke, 已保存 only once main
 * answered that its append resolved after fsync. Records go to the journal store and the
 * working set exactly as the journal's own saver sends them.
 */
import type { ConflictKind } from '../../shared/domain/conflict';
import type { JournalRecord, JournalTarget, ReviewEditEntry } from '../../shared/journal';
import { applyJournalRecord } from '../data';
import { IpcCallError, api } from '../ipc/client';
import { errorFromMain, shownErrorOf } from '../ipc/shown-error';
import { readMaterial, stopReading } from './desk-actions';
import { useDeskStore } from './desk-store';
import { loadJournal } from './journal-actions';
import { createJournalSaver } from './journal-saver';
import type { JournalSaver } from './journal-saver';
import type { ReviewErrorSlot } from './review-store';
import { showAppendedRecord, showSaveState, useJournalStore } from './journal-store';
import {
  keepReviewError,
  showReviewContext,
  showReviewedApplication,
  showReviewWritten,
  startReviewTask,
  useReviewStore,
} from './review-store';

/** A record main has written: shown, and into the working set. */
function showRecord(record: JournalRecord): void {
  showAppendedRecord(record);
  void applyJournalRecord(record);
}

let saver: JournalSaver | null = null;

function reviewSaver(): JournalSaver {
  saver ??= createJournalSaver({
    append: async (entry, target) => {
      const result = await api().journal.append({ journal: target, entry });
      if (!result.ok) throw new IpcCallError(result.error);
      return result.value.record;
    },
    timers: {
      set: (callback, ms) => globalThis.setTimeout(callback, ms),
      clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    onRecord: showRecord,
    onState: (subject, state, error) =>
      showSaveState(subject, state, error === undefined ? null : shownErrorOf(error)),
  });
  return saver;
}

/** Forgets the saver and its waiting edits (a test starting afresh). */
export function resetReviewSaver(): void {
  saver = null;
}

/** The journal shown now: an edit goes to it, even if main has opened another since. */
function shownJournal(): JournalTarget | null {
  const { status } = useJournalStore.getState();
  return status?.open ? { caseId: status.caseId, owner: status.owner } : null;
}

/** Asks main for the open package's review context (and its journal, if not yet asked). */
export async function loadReviewContext(): Promise<void> {
  const packageId = useDeskStore.getState().status?.opened?.packageId ?? null;
  if (packageId === null) {
    showReviewContext(null, null);
    return;
  }
  if (useJournalStore.getState().status === null) await loadJournal();
  const result = await api().review.context({});
  if (result.ok) {
    showReviewContext(packageId, result.value);
    keepReviewError('context', null);
  } else keepReviewError('context', errorFromMain(result.error));
}

/** Signs the round's undertaking as the screen showed it (its digest names the text). */
export async function signUndertaking(textSha256: string): Promise<boolean> {
  startReviewTask('sign');
  keepReviewError('sign', null);
  try {
    const result = await api().review.signUndertaking({ textSha256 });
    if (!result.ok) {
      keepReviewError('sign', errorFromMain(result.error));
      return false;
    }
    showRecord(result.value.record);
    return true;
  } finally {
    startReviewTask(null);
  }
}

/** Declares a conflict with an application; it closes at once (its material put away). */
export async function declareConflict(request: {
  readonly applicationId: string;
  readonly conflictKind: ConflictKind;
  readonly reason: string;
}): Promise<boolean> {
  startReviewTask('conflict');
  keepReviewError('conflict', null);
  try {
    const result = await api().review.declareConflict(request);
    if (!result.ok) {
      keepReviewError('conflict', errorFromMain(result.error));
      return false;
    }
    showRecord(result.value.record);
    if (useReviewStore.getState().applicationId === request.applicationId) {
      showReviewedApplication(null);
    }
    const reading = useDeskStore.getState().reading;
    const opened = useDeskStore.getState().status?.opened;
    const closedMaterials = opened?.applications
      .find((a) => a.id === request.applicationId)
      ?.materials.map((m) => m.id);
    if (reading && closedMaterials?.includes(reading.materialId)) stopReading();
    return true;
  } finally {
    startReviewTask(null);
  }
}

/** A score, comment or decision: written once its field has been quiet a moment. */
export function editReview(entry: ReviewEditEntry): void {
  const target = shownJournal();
  if (target !== null) reviewSaver().edit(entry, target);
}

/** Writes every waiting review edit now (leaving an application, reloading). */
export function flushReview(): Promise<void> {
  return saver?.flush() ?? Promise.resolve();
}

/** Opens an application on the review screen, reading its first material. */
export function reviewApplication(applicationId: string | null): void {
  void flushReview();
  showReviewedApplication(applicationId);
  keepReviewError('conflict', null);
  if (applicationId === null) return;
  const opened = useDeskStore.getState().status?.opened;
  const first = opened?.applications.find((a) => a.id === applicationId)?.materials[0];
  const reading = useDeskStore.getState().reading;
  const readingThis = opened?.applications
    .find((a) => a.id === applicationId)
    ?.materials.some((m) => m.id === reading?.materialId);
  if (first && !readingThis) void readMaterial(first.id);
}

export function clearReviewError(slot: ReviewErrorSlot): void {
  keepReviewError(slot, null);
}

/**
 * Submits the round's review (issue 10, point 5): every waiting edit written first, then main
 * signs the bundle and writes it into the folder the person chooses; the context is asked again
 * (the submissions and the lock). False when refused or cancelled (nothing written).
 */
export async function submitReview(roundId: string): Promise<boolean> {
  startReviewTask('submit');
  keepReviewError('submit', null);
  showReviewWritten(null);
  try {
    await flushReview();
    const result = await api().review.submit({ roundId });
    if (!result.ok) {
      keepReviewError('submit', errorFromMain(result.error));
      return false;
    }
    const { submission } = result.value;
    if (submission === null) return false;
    showReviewWritten({
      kind: 'bundle',
      fileName: submission.fileName,
      sequence: submission.sequence,
    });
    if (useReviewStore.getState().applicationId !== null) showReviewedApplication(null);
    await loadReviewContext();
    return true;
  } finally {
    startReviewTask(null);
  }
}

/** Reopens the submitted review for changes; the next submission is a new, higher sequence. */
export async function reopenReview(roundId: string): Promise<boolean> {
  startReviewTask('reopen');
  keepReviewError('submit', null);
  showReviewWritten(null);
  try {
    const result = await api().review.reopen({ roundId });
    if (!result.ok) {
      keepReviewError('submit', errorFromMain(result.error));
      return false;
    }
    showRecord(result.value.record);
    await loadReviewContext();
    return true;
  } finally {
    startReviewTask(null);
  }
}

/** Exports one application's 评审意见表 (Word, plaintext) into a folder the person chooses. */
export async function exportOpinionForm(roundId: string, applicationId: string): Promise<boolean> {
  startReviewTask('export');
  keepReviewError('export', null);
  showReviewWritten(null);
  try {
    await flushReview();
    const result = await api().review.exportOpinionForm({ roundId, applicationId });
    if (!result.ok) {
      keepReviewError('export', errorFromMain(result.error));
      return false;
    }
    if (result.value === null) return false;
    showReviewWritten({ kind: 'opinion-form', fileName: result.value.fileName, applicationId });
    return true;
  } finally {
    startReviewTask(null);
  }
}
