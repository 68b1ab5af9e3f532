/**
 * The 组内合议 screen's state (issue 11, point 1): the deliberation main computed for the open
 * package (members and who submitted, the merge, the records and what they make of it), the
 * application open on the screen, the call under way, the refusals to show, and what the last
 * import and export did. Every change goes through deliberation-actions.ts.
 */
import type {
  DeliberationState,
  GroupBundleExport,
  ImportedBundle,
} from '../../shared/deliberation/deliberation-views';
import type { Rubric } from '../../shared/domain/rubric';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

export type DeliberationTask = 'import' | 'append' | 'export';
export type DeliberationErrorSlot = 'load' | 'import' | 'append' | 'export';

export interface DeliberationScreenState {
  /** The package the state is of (another package asks again). */
  readonly packageId: string | null;
  readonly state: DeliberationState | null;
  /** The round's rubric, for the matrix's columns. */
  readonly rubric: Rubric | null;
  /** The application open on the screen; null: the group's overview. */
  readonly applicationId: string | null;
  readonly busy: DeliberationTask | null;
  readonly errors: Readonly<Partial<Record<DeliberationErrorSlot, ShownError>>>;
  /** What the last import took in (null before any, or when the dialog was cancelled). */
  readonly imported: readonly ImportedBundle[] | null;
  /** The group bundle the last export wrote, to say so on screen. */
  readonly exported: GroupBundleExport | null;
}

export function getEmptyDeliberationState(): DeliberationScreenState {
  return {
    packageId: null,
    state: null,
    rubric: null,
    applicationId: null,
    busy: null,
    errors: {},
    imported: null,
    exported: null,
  };
}

export const useDeliberationStore = createStore<DeliberationScreenState>(getEmptyDeliberationState);

// ---- Transitions, called by deliberation-actions.ts.

export function showDeliberation(
  packageId: string | null,
  state: DeliberationState | null,
  rubric: Rubric | null,
): void {
  useDeliberationStore.setState((before) => {
    const same = before.packageId === packageId;
    return {
      packageId,
      state,
      rubric,
      applicationId: same ? before.applicationId : null,
      imported: same ? before.imported : null,
      exported: same ? before.exported : null,
    };
  });
}

/** A newer state from an answer (the same package). */
export function showDeliberationState(state: DeliberationState): void {
  useDeliberationStore.setState({ state });
}

export function showDeliberationApplication(applicationId: string | null): void {
  useDeliberationStore.setState({ applicationId });
}

export function showImported(imported: readonly ImportedBundle[] | null): void {
  useDeliberationStore.setState({ imported });
}

export function showExported(exported: GroupBundleExport | null): void {
  useDeliberationStore.setState({ exported });
}

export function startDeliberationTask(task: DeliberationTask | null): void {
  useDeliberationStore.setState({ busy: task });
}

export function keepDeliberationError(slot: DeliberationErrorSlot, error: ShownError | null): void {
  useDeliberationStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

// ---- Selectors

type S = DeliberationScreenState;
export const selectDeliberationState = (s: S): DeliberationState | null => s.state;
export const selectDeliberationPackageId = (s: S): string | null => s.packageId;
export const selectDeliberationRubric = (s: S): Rubric | null => s.rubric;
export const selectDeliberationApplication = (s: S): string | null => s.applicationId;
export const selectDeliberationBusy = (s: S): DeliberationTask | null => s.busy;
export const selectImported = (s: S): readonly ImportedBundle[] | null => s.imported;
export const selectExported = (s: S): GroupBundleExport | null => s.exported;
export const selectDeliberationError =
  (slot: DeliberationErrorSlot) =>
  (s: S): ShownError | null =>
    s.errors[slot] ?? null;
