/**
 * Every call the 组内合议 screen makes to main (`deliberation:` channels): the state of the open
 * package's deliberation, the members' review bundles imported through main's dialog, one record
 * appended at a time (main checks it against the merge before its journal takes it), and the
 * signed group bundle exported through main's save dialog, and the group's reports (plaintext,
 * made in main from the last group bundle exported) into the folder main's dialog gives. Each
 * answer carries the new state; a refusal is kept to be shown from its code, nothing else changes.
 */
import type { DeliberationState } from '../../shared/deliberation/deliberation-views';
import type { DeliberationRecord } from '../../shared/merge/deliberation-records';
import { api } from '../ipc/client';
import { errorFromMain, shownErrorOf } from '../ipc/shown-error';
import type { ShownError } from '../ipc/shown-error';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { useDeskStore } from './desk-store';
import type { DeliberationErrorSlot, DeliberationTask } from './deliberation-store';
import {
  keepDeliberationError,
  showDeliberation,
  showDeliberationApplication,
  showDeliberationState,
  showExported,
  showImported,
  startDeliberationTask,
  useDeliberationStore,
} from './deliberation-store';

/** Asks main for the open package's deliberation. */
export async function loadDeliberation(): Promise<void> {
  const packageId = useDeskStore.getState().status?.opened?.packageId ?? null;
  try {
    const result = await api().deliberation.state({});
    if (!result.ok) {
      keepDeliberationError('load', errorFromMain(result.error));
      return;
    }
    const state = result.value;
    showDeliberation(packageId, state, state.available ? state.rubric : null);
    keepDeliberationError('load', null);
  } catch (thrown) {
    keepDeliberationError('load', shownErrorOf(thrown));
  }
}

/**
 * A refusal as the person reads it: where main names an application or a member by their id,
 * the 申报编号 and the name the person knows them by instead (the catalogue says
 * "申报 {applicationId}：…", "专家 {expertId}…").
 */
function refusalOf(error: IpcError): ShownError {
  const state = useDeliberationStore.getState().state;
  const params = (error.reason as { params?: Record<string, unknown> }).params;
  if (state?.available !== true || params === undefined) return errorFromMain(error);
  const { applicationId, expertId } = params;
  const application = state.applications.find((a) => a.applicationId === applicationId);
  const member = state.members.find((m) => m.expertId === expertId && m.name !== '');
  if (application === undefined && member === undefined) return errorFromMain(error);
  const reason = {
    ...error.reason,
    params: {
      ...params,
      ...(application === undefined ? {} : { applicationId: application.applicationNo }),
      ...(member === undefined ? {} : { expertId: member.name }),
    },
  } as IpcError['reason'];
  return errorFromMain({ ...error, reason });
}

/** Where a change is meant to go: the deliberation shown, refused by main if another is open. */
function place(): { caseId: string; roundId: string } | null {
  const state = useDeliberationStore.getState().state;
  return state?.available ? { caseId: state.caseId, roundId: state.round.id } : null;
}

/** Runs one call with its busy mark and error slot; the answer's state is shown. */
async function run<T extends { state: DeliberationState }>(
  task: DeliberationTask,
  slot: DeliberationErrorSlot,
  call: (where: { caseId: string; roundId: string }) => Promise<IpcResult<T>>,
): Promise<T | null> {
  const where = place();
  if (where === null) return null;
  startDeliberationTask(task);
  keepDeliberationError(slot, null);
  try {
    const result = await call(where);
    if (!result.ok) {
      keepDeliberationError(slot, refusalOf(result.error));
      return null;
    }
    showDeliberationState(result.value.state);
    return result.value;
  } catch (thrown) {
    keepDeliberationError(slot, shownErrorOf(thrown));
    return null;
  } finally {
    startDeliberationTask(null);
  }
}

/** Imports members' review bundles through main's dialog; false when refused or cancelled. */
export async function importMemberBundles(): Promise<boolean> {
  showImported(null);
  const answer = await run('import', 'import', (where) => api().deliberation.importBundles(where));
  if (answer === null) return false;
  showImported(answer.imported);
  return answer.imported !== null;
}

/** Appends one record; false when main refused it (the refusal kept to be shown). */
export async function appendDeliberationRecord(record: DeliberationRecord): Promise<boolean> {
  const answer = await run('append', 'append', (where) =>
    api().deliberation.append({ ...where, record }),
  );
  return answer !== null;
}

/**
 * Appends several records in order (an absence for each application a member is missing from);
 * stops at the first refusal, which is shown. The records before it stay: each is one act.
 */
export async function appendDeliberationRecords(
  records: readonly DeliberationRecord[],
): Promise<boolean> {
  for (const record of records) {
    if (!(await appendDeliberationRecord(record))) return false;
  }
  return true;
}

/** Signs and exports the group bundle through main's save dialog; false when refused or cancelled. */
export async function exportGroupBundle(): Promise<boolean> {
  showExported(null);
  const answer = await run('export', 'export', (where) =>
    api().deliberation.exportGroupBundle(where),
  );
  if (answer === null) return false;
  showExported(answer.exported);
  return answer.exported !== null;
}

/** What the reports' export did, for the export panel to say (it keeps it while shown). */
export type GroupReportsOutcome =
  | { readonly kind: 'written'; readonly folderName: string; readonly count: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly error: ShownError };

/**
 * Writes the group's reports (评审意见表, 评分汇总表, 投票记录) through main's folder dialog, which
 * shows the plaintext warning; null when no deliberation is shown. The busy mark is the export's.
 * Main records the export in the journal and answers with the state that lists it.
 */
export async function exportGroupReports(): Promise<GroupReportsOutcome | null> {
  const where = place();
  if (where === null) return null;
  startDeliberationTask('export');
  try {
    const result = await api().deliberation.exportReports(where);
    if (!result.ok) return { kind: 'refused', error: refusalOf(result.error) };
    // The state comes back with the export's journal record (报告导出记录).
    showDeliberationState(result.value.state);
    const { exported } = result.value;
    return exported === null
      ? { kind: 'cancelled' }
      : { kind: 'written', folderName: exported.folderName, count: exported.files.length };
  } catch (thrown) {
    return { kind: 'refused', error: shownErrorOf(thrown) };
  } finally {
    startDeliberationTask(null);
  }
}

/** Opens one application's deliberation, or the group's overview (null). */
export function openDeliberationApplication(applicationId: string | null): void {
  keepDeliberationError('append', null);
  showDeliberationApplication(applicationId);
}

/** Puts a refusal away. */
export function clearDeliberationError(slot: DeliberationErrorSlot): void {
  keepDeliberationError(slot, null);
}
