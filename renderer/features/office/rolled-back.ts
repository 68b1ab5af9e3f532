/**
 * 案卷状态被回退: main refuses to open a workspace whose state is older than the newest this
 * machine has seen, and its typed refusal ('rolled-back') carries both generations, which the
 * open screen offers to the explicit restore.
 */
import type { IpcError } from '../../../shared/ipc/result';

export interface RolledBack {
  /** The generation found in the folder: the one a restore would accept. */
  readonly found: number;
  /** The newest generation this machine has seen. */
  readonly highest: number | null;
}

/** The generations a rollback refusal names, or null for any other refusal. */
export function rolledBackOf(error: IpcError): RolledBack | null {
  if (error.reason.code !== 'rolled-back') return null;
  const { found, highest } = error.reason.params;
  if (!Number.isSafeInteger(found)) return null;
  return { found, highest: Number.isSafeInteger(highest) ? highest : null };
}
