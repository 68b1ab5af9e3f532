/**
 * The app lock as the renderer sees it: main's lock status, the call under way, the refusal of
 * the last unlock, and whether an edit could not be written before the lock (said on the lock
 * screen, since its text is gone with the working set). Every change goes through
 * lock-actions.ts.
 */
import type { LockStatus } from '../../shared/lock/lock-views';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

export type LockTask = 'lock' | 'unlock';

export interface LockState {
  readonly status: LockStatus | null;
  readonly busy: LockTask | null;
  readonly error: ShownError | null;
  /** Edits that were not on disk when the app locked (a full disk, say): lost, and said so. */
  readonly unsavedAtLock: boolean;
}

export function getEmptyLockState(): LockState {
  return { status: null, busy: null, error: null, unsavedAtLock: false };
}

export const useLockStore = createStore<LockState>(getEmptyLockState);

// ---- Transitions, called by lock-actions.ts.

export function showLockStatus(status: LockStatus): void {
  useLockStore.setState({ status });
}

export function startLockTask(busy: LockTask | null): void {
  useLockStore.setState({ busy });
}

export function keepLockError(error: ShownError | null): void {
  useLockStore.setState({ error });
}

export function noteUnsavedAtLock(unsavedAtLock: boolean): void {
  useLockStore.setState({ unsavedAtLock });
}

// ---- Selectors

export const selectLockStatus = (state: LockState): LockStatus | null => state.status;
export const selectLocked = (state: LockState): boolean => state.status?.locked === true;
export const selectIdleMinutes = (state: LockState): number | null =>
  state.status?.idleMinutes ?? null;
export const selectLockBusy = (state: LockState): LockTask | null => state.busy;
export const selectLockError = (state: LockState): ShownError | null => state.error;
export const selectUnsavedAtLock = (state: LockState): boolean => state.unsavedAtLock;
