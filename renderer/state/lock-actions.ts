/**
 * Locking and unlocking the app. Locking writes every waiting edit first, then has main let go of
 * every key (the package closes, the identity locks), then forgets in this page what came from
 * them: the working set, the material being read, the journal's records, the passage the reader
 * was asked to show. Unlocking takes the identity's passphrase and opens the same package again
 * (with its own passphrase when it was opened with one), so the person is back where they were.
 */
import { emptyWorkingSet } from '../data';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import { loadDesk, openPackage, stopReading } from './desk-actions';
import { loadIdentities } from './identity-actions';
import { flushJournal, loadJournal } from './journal-actions';
import { useJournalStore } from './journal-store';
import {
  keepLockError,
  noteUnsavedAtLock,
  showLockStatus,
  startLockTask,
  useLockStore,
} from './lock-store';
import { clearReaderTarget } from './reader-target-store';

/**
 * Asks main whether the app is locked, and after how long it locks itself. Main may have locked
 * without this page (the system's screen lock, sleep): the page then forgets what it held.
 */
export async function loadLock(): Promise<void> {
  const wasLocked = useLockStore.getState().status?.locked === true;
  const result = await api().lock.status({});
  if (!result.ok) return;
  showLockStatus(result.value);
  if (result.value.locked && !wasLocked) await forgetUnlocked();
}

/** Forgets in this page whatever came from a key main has let go of. */
async function forgetUnlocked(): Promise<void> {
  stopReading();
  clearReaderTarget();
  await Promise.all([emptyWorkingSet(), loadDesk(), loadIdentities(), loadJournal()]);
}

/** Whether an edit is not on disk (waiting, being written, or refused). */
function somethingUnsaved(): boolean {
  return Object.values(useJournalStore.getState().saves).some((save) => save.state !== 'saved');
}

/** Locks now: true once main holds no key and this page holds nothing that came from one. */
export async function lockApp(): Promise<boolean> {
  if (useLockStore.getState().busy !== null) return false;
  startLockTask('lock');
  keepLockError(null);
  try {
    // What was typed last goes to disk first; a refused write is said on the lock screen.
    await flushJournal().catch(() => undefined);
    noteUnsavedAtLock(somethingUnsaved());
    const result = await api().lock.now({});
    if (!result.ok) {
      keepLockError(errorFromMain(result.error));
      return false;
    }
    showLockStatus(result.value);
    await forgetUnlocked();
    return true;
  } finally {
    startLockTask(null);
  }
}

export interface UnlockRequest {
  /** The identity's passphrase (when an identity was unlocked). */
  readonly passphrase: string;
  /** The package's own passphrase, when the package was opened with it. */
  readonly packagePassphrase: string;
}

/** Unlocks and opens the package that was open: true once unlocked (the package may refuse). */
export async function unlockApp(request: UnlockRequest): Promise<boolean> {
  const before = useLockStore.getState().status;
  startLockTask('unlock');
  keepLockError(null);
  try {
    const passphrase = request.passphrase.trim();
    const result = await api().lock.resume(passphrase === '' ? {} : { passphrase });
    if (!result.ok) {
      keepLockError(errorFromMain(result.error));
      return false;
    }
    showLockStatus(result.value);
    noteUnsavedAtLock(false);
    await loadIdentities();
    // The same file again, without the dialog; a refusal shows on the unlock form of the desk.
    if (before?.package) {
      await openPackage({
        officeFingerprint: '',
        passphrase: before.package.unlockedWith === 'passphrase' ? request.packagePassphrase : '',
        source: 'last-chosen',
      });
    }
    await loadJournal();
    return true;
  } finally {
    startLockTask(null);
  }
}

/** The idle minutes before the app locks itself. */
export async function setIdleMinutes(minutes: number): Promise<boolean> {
  const result = await api().lock.setIdleMinutes({ minutes });
  if (result.ok) showLockStatus(result.value);
  else keepLockError(errorFromMain(result.error));
  return result.ok;
}
