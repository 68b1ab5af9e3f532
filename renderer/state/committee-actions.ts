/**
 * Every call the chair's screens make to main (`committee:` channels): the state, the group
 * bundles imported through main's dialog, the chair's settings for the list, the signed result
 * bundle and the reports exported through main's dialogs, and the re-review act. Each answer
 * carries the new state; a refusal is kept to be shown from its code, nothing else changes.
 */
import type {
  CommitteeDeskSettings,
  CommitteeDeskState,
} from '../../shared/committee-desk/committee-desk-views';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { errorFromMain, shownErrorOf } from '../ipc/shown-error';
import type { ShownError } from '../ipc/shown-error';
import type { CommitteeTask } from './committee-store';
import {
  keepCommitteeError,
  showCommittee,
  updateCommittee,
  useCommitteeStore,
} from './committee-store';
import { useDeskStore } from './desk-store';

export async function loadCommittee(): Promise<void> {
  const packageId = useDeskStore.getState().status?.opened?.packageId ?? null;
  try {
    const result = await api().committee.state({});
    if (!result.ok) {
      keepCommitteeError('load', errorFromMain(result.error));
      return;
    }
    showCommittee(packageId, result.value);
    keepCommitteeError('load', null);
  } catch (thrown) {
    keepCommitteeError('load', shownErrorOf(thrown));
  }
}

/** A refusal naming an application by id is shown with its 申报编号. */
function refusalOf(error: IpcError): ShownError {
  const state = useCommitteeStore.getState().state;
  const params = (error.reason as { params?: Record<string, unknown> }).params;
  if (state?.available !== true || params === undefined) return errorFromMain(error);
  const application = state.applications.find((a) => a.applicationId === params['applicationId']);
  if (application === undefined) return errorFromMain(error);
  const reason = {
    ...error.reason,
    params: { ...params, applicationId: application.applicationNo },
  } as IpcError['reason'];
  return errorFromMain({ ...error, reason });
}

function place(): { caseId: string; roundId: string } | null {
  const state = useCommitteeStore.getState().state;
  return state?.available ? { caseId: state.caseId, roundId: state.round.id } : null;
}

async function run<T>(
  task: CommitteeTask,
  call: (where: { caseId: string; roundId: string }) => Promise<IpcResult<T>>,
  stateOf: (value: T) => CommitteeDeskState | null,
): Promise<T | null> {
  const where = place();
  if (where === null) return null;
  updateCommittee({ busy: task });
  keepCommitteeError(task, null);
  try {
    const result = await call(where);
    if (!result.ok) {
      keepCommitteeError(task, refusalOf(result.error));
      return null;
    }
    const state = stateOf(result.value);
    if (state !== null) updateCommittee({ state });
    return result.value;
  } catch (thrown) {
    keepCommitteeError(task, shownErrorOf(thrown));
    return null;
  } finally {
    updateCommittee({ busy: null });
  }
}

export async function importGroupBundles(): Promise<boolean> {
  updateCommittee({ imported: null });
  const answer = await run(
    'import',
    (w) => api().committee.importBundles(w),
    (v) => v.state,
  );
  if (answer === null) return false;
  updateCommittee({ imported: answer.imported });
  return answer.imported !== null;
}

export async function saveCommitteeSettings(settings: CommitteeDeskSettings): Promise<boolean> {
  const answer = await run(
    'settings',
    (w) => api().committee.setSettings({ ...w, settings }),
    (v) => v,
  );
  return answer !== null;
}

export async function exportResultBundle(): Promise<boolean> {
  updateCommittee({ exported: null });
  const answer = await run(
    'result',
    (w) => api().committee.exportResultBundle(w),
    (v) => v.state,
  );
  if (answer === null) return false;
  updateCommittee({ exported: answer.exported });
  return answer.exported !== null;
}

export async function exportCommitteeReports(): Promise<boolean> {
  updateCommittee({ reports: null });
  const answer = await run(
    'reports',
    (w) => api().committee.exportReports(w),
    (v) => v.state,
  );
  if (answer === null) return false;
  updateCommittee({ reports: answer.exported });
  return answer.exported !== null;
}

export async function signReReview(request: {
  objectionId: string;
  applicationId: string;
  outcome: 'objection-upheld' | 'objection-rejected';
  opinion: string;
}): Promise<boolean> {
  updateCommittee({ signed: null });
  const answer = await run(
    'reReview',
    (w) => api().committee.signReReview({ ...w, ...request }),
    (v) => v.state,
  );
  if (answer === null) return false;
  updateCommittee({ signed: answer.signed });
  return answer.signed !== null;
}

export function clearCommitteeError(slot: CommitteeTask): void {
  keepCommitteeError(slot, null);
}
