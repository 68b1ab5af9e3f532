/**
 * Every call the desk screens make to main. The package is chosen in main's dialog; the typed
 * fingerprint and passphrase are sent and forgotten, never stored; a material's bytes are asked
 * for when it is chosen and held in memory only.
 */
import type { DeskPackageSource, DeskStatus } from '../../shared/desk/desk-views';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import {
  keepDeskError,
  showDeskStatus,
  showReading,
  startDeskTask,
  useDeskStore,
} from './desk-store';
import type { DeskErrorSlot, DeskTask } from './desk-store';

/** Runs one call that answers with the new status; true once it is shown. */
async function change(
  task: DeskTask,
  slot: DeskErrorSlot,
  call: () => Promise<IpcResult<DeskStatus>>,
): Promise<boolean> {
  startDeskTask(task);
  keepDeskError(slot, null);
  try {
    const result = await call();
    if (result.ok) showDeskStatus(result.value);
    else keepDeskError(slot, errorFromMain(result.error));
    return result.ok;
  } finally {
    startDeskTask(null);
  }
}

/** Asks main whether a package is open (after a reload of the window, say). */
export async function loadDesk(): Promise<void> {
  const result = await api().desk.status({});
  if (result.ok) {
    showDeskStatus(result.value);
    keepDeskError('load', null);
  } else keepDeskError('load', errorFromMain(result.error));
}

export interface OpenPackageRequest {
  /** As typed; main folds it (full width, spaces, look-alikes). Empty: not sent. */
  readonly officeFingerprint: string;
  /** The package's own passphrase; empty: the unlocked identity alone. */
  readonly passphrase: string;
  readonly source: DeskPackageSource;
  /** With source `dropped`: the dropped file's path from the preload's drop bridge. */
  readonly droppedPath?: string;
}

/** Opens a package: true once it is open (a cancelled dialog is not an error, and not open). */
export async function openPackage(request: OpenPackageRequest): Promise<boolean> {
  const officeFingerprint = request.officeFingerprint.trim();
  const passphrase = request.passphrase.trim();
  const done = await change('open', 'open', () =>
    api().desk.open({
      ...(officeFingerprint === '' ? {} : { officeFingerprint }),
      ...(passphrase === '' ? {} : { passphrase }),
      source: request.source,
      ...(request.droppedPath === undefined ? {} : { droppedPath: request.droppedPath }),
    }),
  );
  // Refused: main kept the package chosen, for a retry without the dialog; learn its name.
  if (!done) {
    const status = await api().desk.status({});
    if (status.ok) showDeskStatus(status.value);
  }
  return done && Boolean(useDeskStore.getState().status?.opened);
}

export function closePackage(): Promise<boolean> {
  return change('close', 'open', () => api().desk.close({}));
}

/** Reads one material of the open package; a later choice wins over an earlier answer. */
export async function readMaterial(materialId: string): Promise<void> {
  showReading({ materialId, state: 'loading' });
  keepDeskError('material', null);
  const result = await api().desk.readMaterial({ materialId });
  if (useDeskStore.getState().reading?.materialId !== materialId) return;
  if (result.ok) showReading({ materialId, state: 'ready', bytes: result.value });
  else {
    showReading({ materialId, state: 'failed' });
    keepDeskError('material', errorFromMain(result.error));
  }
}

/** Puts the material away: its bytes are let go. */
export function stopReading(): void {
  showReading(null);
  keepDeskError('material', null);
}

export function clearDeskError(slot: DeskErrorSlot): void {
  keepDeskError(slot, null);
}
