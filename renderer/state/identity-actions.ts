/**
 * Every call the identity screens make to main. Each names its task while it runs and keeps its
 * refusal where the screen shows it; the passphrase is sent and forgotten, never stored.
 */
import type { IdentityOverview, IdentityProfileInput } from '../../shared/identity/identity-views';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import {
  keepIdentityError,
  showIdentities,
  showIdentityNotice,
  startIdentityTask,
} from './identity-store';
import type { IdentityErrorSlot, IdentityTask } from './identity-store';

/** Runs one call under its task name; its refusal is kept in `slot`, its answer returned. */
async function run<T>(
  task: IdentityTask,
  slot: IdentityErrorSlot,
  call: () => Promise<IpcResult<T>>,
): Promise<IpcResult<T>> {
  startIdentityTask(task);
  keepIdentityError(slot, null);
  showIdentityNotice(null);
  try {
    const result = await call();
    if (!result.ok) keepIdentityError(slot, errorFromMain(result.error));
    return result;
  } finally {
    startIdentityTask(null);
  }
}

/** Runs a call that answers with the new overview; true once it is shown. */
async function change(
  task: IdentityTask,
  slot: IdentityErrorSlot,
  call: () => Promise<IpcResult<IdentityOverview>>,
): Promise<boolean> {
  const result = await run(task, slot, call);
  if (result.ok) showIdentities(result.value);
  return result.ok;
}

/** Asks main which identities this laptop holds and which one is unlocked. */
export async function loadIdentities(): Promise<void> {
  const result = await api().identity.list({});
  if (result.ok) {
    showIdentities(result.value);
    keepIdentityError('load', null);
  } else keepIdentityError('load', errorFromMain(result.error));
}

export function createIdentity(profile: IdentityProfileInput, passphrase: string) {
  return change('create', 'create', () => api().identity.create({ profile, passphrase }));
}

/** Unlocks an identity; the one unlocked before is locked (switching). */
export function unlockIdentity(fingerprint: string, passphrase: string) {
  return change('unlock', 'unlock', () => api().identity.unlock({ fingerprint, passphrase }));
}

export function lockIdentity() {
  return change('lock', 'unlock', () => api().identity.lock({}));
}

export async function exportCard(): Promise<void> {
  const result = await run('exportCard', 'card', () => api().identity.exportCard({}));
  if (result.ok && result.value.fileName !== null) {
    showIdentityNotice({ kind: 'card-saved', fileName: result.value.fileName });
  }
}

export async function copyFingerprint(): Promise<void> {
  const result = await run('copyFingerprint', 'card', () => api().identity.copyFingerprint({}));
  if (result.ok) showIdentityNotice({ kind: 'copied', fingerprint: result.value.fingerprint });
}

export async function backupIdentity(fingerprint: string): Promise<void> {
  const result = await run('backup', 'backup', () => api().identity.backup({ fingerprint }));
  if (result.ok && result.value.fileName !== null) {
    showIdentityNotice({ kind: 'backup-saved', fileName: result.value.fileName });
  }
}

/** Restores from a backup file the dialog gives; true once it is kept and unlocked. */
export async function restoreIdentity(passphrase: string): Promise<boolean> {
  const result = await run('restore', 'restore', () => api().identity.restore({ passphrase }));
  if (!result.ok) return false;
  showIdentities(result.value.overview);
  const { outcome, overview } = result.value;
  if (outcome === null || overview.current === null) return false;
  showIdentityNotice({ kind: 'restored', outcome, name: overview.current.name });
  return true;
}

/** Puts away the error of a part of the screen that left it. */
export function clearIdentityError(slot: IdentityErrorSlot): void {
  keepIdentityError(slot, null);
}

/** Puts away what the last file operation said, when its screen is left. */
export function clearIdentityNotice(): void {
  showIdentityNotice(null);
}
