/**
 * The office's open record as the renderer sees it: the last overview main sent, the task under
 * way, and the errors to show. Only main holds the record; every change goes through IPC (in
 * office-actions.ts) and comes back as a new overview.
 */
import type { OfficeOverview, OfficeStatus } from '../../shared/ipc/office-views';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

/** A call to main under way, named for the busy line (app/i18n/office-tasks.ts words it). */
export type OfficeTask =
  | 'open'
  | 'restore'
  | 'updateApplication'
  | 'setMaterialKind'
  | 'setFormalCheckItem'
  | 'setDeadline'
  | 'setUnits'
  | 'resetUnits'
  | 'previewCard'
  | 'registerExpert'
  | 'setGroup'
  | 'setCommittee'
  | 'assign'
  | 'addConflict'
  | 'removeConflict'
  | 'setRoundApplications'
  | 'addDefenseRound'
  | 'setRubric'
  | 'setStandIn'
  | 'clearStandIn'
  | 'setUndertaking'
  | 'setRoundRule'
  | 'seal'
  | 'reissue'
  | 'writeSlips';

/**
 * Where an error is shown: `screen` beside the screen's title (the open form, a change), the
 * others in the part of a screen whose call failed.
 */
export type OfficeErrorSlot = 'screen' | 'intake' | 'card' | 'seal' | 'reissue' | 'slips';

export interface OfficeState {
  readonly status: OfficeStatus;
  readonly overview: OfficeOverview | null;
  readonly busy: OfficeTask | null;
  readonly errors: Readonly<Partial<Record<OfficeErrorSlot, ShownError>>>;
}

export function getEmptyOfficeState(): OfficeState {
  return { status: { open: false }, overview: null, busy: null, errors: {} };
}

export const useOfficeStore = createStore<OfficeState>(getEmptyOfficeState);

// ---- Actions: the store's transitions, called by office-actions.ts around each call to main.

export function startTask(task: OfficeTask | null): void {
  useOfficeStore.setState({ busy: task });
}

export function keepError(slot: OfficeErrorSlot, error: ShownError | null): void {
  useOfficeStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

export function showOverview(overview: OfficeOverview): void {
  useOfficeStore.setState({ overview, status: overview.status });
}

/** What main says of the record; with `overview`, the overview shown is replaced too. */
export function showStatus(status: OfficeStatus, overview?: OfficeOverview | null): void {
  useOfficeStore.setState(overview === undefined ? { status } : { status, overview });
}

// ---- Selectors

export const selectStatus = (state: OfficeState): OfficeStatus => state.status;
export const selectOverview = (state: OfficeState): OfficeOverview | null => state.overview;
export const selectBusy = (state: OfficeState): OfficeTask | null => state.busy;
export const selectIsBusy = (state: OfficeState): boolean => state.busy !== null;

/** The error kept for one place of a screen, or null. */
export function selectError(slot: OfficeErrorSlot): (state: OfficeState) => ShownError | null {
  return (state) => state.errors[slot] ?? null;
}
