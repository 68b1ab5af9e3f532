/**
 * The expert's desk as the renderer sees it: the status main sent (the open package's public
 * view, the file name chosen last), the call under way, the errors to show, and the one material
 * being read: its bytes held in memory only, dropped when another is chosen or the package
 * closes. Every change goes through desk-actions.ts.
 */
import type { DeskStatus } from '../../shared/desk/desk-views';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

/** A call to main under way, named for the busy line. */
export type DeskTask = 'open' | 'close';

/** Where an error is shown: the screen's load, the unlock form, the material pane. */
export type DeskErrorSlot = 'load' | 'open' | 'material';

/** The material chosen for reading: its bytes once main has verified and sent them. */
export type MaterialReading =
  | { readonly materialId: string; readonly state: 'loading' }
  | { readonly materialId: string; readonly state: 'ready'; readonly bytes: Uint8Array }
  | { readonly materialId: string; readonly state: 'failed' };

export interface DeskState {
  readonly status: DeskStatus | null;
  readonly busy: DeskTask | null;
  readonly errors: Readonly<Partial<Record<DeskErrorSlot, ShownError>>>;
  readonly reading: MaterialReading | null;
}

export function getEmptyDeskState(): DeskState {
  return { status: null, busy: null, errors: {}, reading: null };
}

export const useDeskStore = createStore<DeskState>(getEmptyDeskState);

// ---- Transitions, called by desk-actions.ts around each call to main.

export function startDeskTask(task: DeskTask | null): void {
  useDeskStore.setState({ busy: task });
}

export function keepDeskError(slot: DeskErrorSlot, error: ShownError | null): void {
  useDeskStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

/** The new status; a material of a package no longer open is let go. */
export function showDeskStatus(status: DeskStatus): void {
  useDeskStore.setState(({ status: before, reading }) => {
    const same = before?.opened?.packageId === status.opened?.packageId;
    return { status, reading: same && status.opened !== null ? reading : null };
  });
}

export function showReading(reading: MaterialReading | null): void {
  useDeskStore.setState({ reading });
}

// ---- Selectors

export const selectDeskStatus = (state: DeskState): DeskStatus | null => state.status;
export const selectOpenedPackage = (state: DeskState) => state.status?.opened ?? null;
export const selectChosenFile = (state: DeskState): string | null =>
  state.status?.chosenFile ?? null;
export const selectDeskBusy = (state: DeskState): DeskTask | null => state.busy;
export const selectReading = (state: DeskState): MaterialReading | null => state.reading;

/** The error kept for one place of the screen, or null. */
export function selectDeskError(slot: DeskErrorSlot): (state: DeskState) => ShownError | null {
  return (state) => state.errors[slot] ?? null;
}
