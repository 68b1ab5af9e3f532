/**
 * The chair's screens' state (汇总, 入围答辩名单/初评名单, 异议复核; issue 11 point 2): the committee
 * work main computed for the open package, the call under way, the refusals to show, and what
 * the last import, export and act did. Every change goes through committee-actions.ts.
 */
import type {
  CommitteeDeskState,
  ImportedGroupOutcome,
  ReReviewSigned,
  ReportsExported,
  ResultBundleExport,
} from '../../shared/committee-desk/committee-desk-views';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

export type CommitteeTask = 'import' | 'settings' | 'result' | 'reports' | 'reReview';
export type CommitteeErrorSlot = 'load' | CommitteeTask;

export interface CommitteeScreenState {
  readonly packageId: string | null;
  readonly state: CommitteeDeskState | null;
  readonly busy: CommitteeTask | null;
  readonly errors: Readonly<Partial<Record<CommitteeErrorSlot, ShownError>>>;
  readonly imported: readonly ImportedGroupOutcome[] | null;
  readonly exported: ResultBundleExport | null;
  readonly reports: ReportsExported | null;
  readonly signed: ReReviewSigned | null;
}

export function getEmptyCommitteeState(): CommitteeScreenState {
  return {
    packageId: null,
    state: null,
    busy: null,
    errors: {},
    imported: null,
    exported: null,
    reports: null,
    signed: null,
  };
}

export const useCommitteeStore = createStore<CommitteeScreenState>(getEmptyCommitteeState);

export function showCommittee(packageId: string | null, state: CommitteeDeskState): void {
  useCommitteeStore.setState((before) =>
    before.packageId === packageId ? { state } : { ...getEmptyCommitteeState(), packageId, state },
  );
}

export function updateCommittee(change: Partial<CommitteeScreenState>): void {
  useCommitteeStore.setState(change);
}

export function keepCommitteeError(slot: CommitteeErrorSlot, error: ShownError | null): void {
  useCommitteeStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}
