/**
 * The expert's journal as the renderer sees it: whether the open package's journal is open (or
 * why not), a torn tail main reported on opening (kept until the person has seen it), each
 * edit's save state (已保存 only once main said the append resolved), and what a backup or
 * restore did. The records themselves live in the working set alone (renderer/data, Dexie in
 * memory): the status is kept here without them, so no second copy of case data sits in a
 * store. Every change goes through journal-actions.ts.
 */
import type { JournalRecord, JournalStatus, SaveState, TornTailReport } from '../../shared/journal';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

export type JournalTask = 'backup' | 'restore';

/** Where an error is shown: loading the journal, a backup, a restore. */
export type JournalErrorSlot = 'load' | 'backup' | 'restore';

/** What the last backup or restore did, told until put away. */
export type JournalNotice =
  | { readonly kind: 'backed-up'; readonly fileName: string; readonly lastRecordNumber: number }
  | { readonly kind: 'restored'; readonly accepted: number };

/** One edit's save state, with the refusal of its last failed write. */
export interface EditSave {
  readonly state: SaveState;
  readonly error: ShownError | null;
}

export interface JournalState {
  readonly status: JournalStatus | null;
  readonly tornTail: TornTailReport | null;
  /** Per edited subject (`annotation:<id>`, `reading-position:<material id>`). */
  readonly saves: Readonly<Record<string, EditSave>>;
  readonly busy: JournalTask | null;
  readonly errors: Readonly<Partial<Record<JournalErrorSlot, ShownError>>>;
  readonly notice: JournalNotice | null;
}

export function getEmptyJournalState(): JournalState {
  return {
    status: null,
    tornTail: null,
    saves: {},
    busy: null,
    errors: {},
    notice: null,
  };
}

export const useJournalStore = createStore<JournalState>(getEmptyJournalState);

/** Which journal a status names: another one means other records and other edits. */
function journalKey(status: JournalStatus | null): string | null {
  return status?.open ? `${status.owner}/${status.caseId}` : null;
}

// ---- Transitions, called by journal-actions.ts.

/** Main's answer: the records it holds replace the ones shown; a torn tail is kept to be told. */
export function showJournalStatus(status: JournalStatus): void {
  useJournalStore.setState((before) => {
    const same = journalKey(before.status) === journalKey(status);
    return {
      // The records go to the working set (journal-actions.ts); the status keeps none.
      status: status.open ? { ...status, records: [] } : status,
      tornTail: status.open && status.tornTail ? status.tornTail : same ? before.tornTail : null,
      saves: same ? before.saves : {},
    };
  });
}

/** A record main has written (and flushed): its number is the journal's last now. */
export function showAppendedRecord(record: JournalRecord): void {
  useJournalStore.setState(({ status }) => {
    if (!status?.open || status.caseId !== record.caseId || status.owner !== record.author) {
      return {};
    }
    return {
      status: {
        ...status,
        lastRecordNumber: Math.max(status.lastRecordNumber, record.recordNumber),
      },
    };
  });
}

export function showSaveState(subject: string, state: SaveState, error: ShownError | null): void {
  useJournalStore.setState(({ saves }) => ({ saves: { ...saves, [subject]: { state, error } } }));
}

export function forgetTornTail(): void {
  useJournalStore.setState({ tornTail: null });
}

export function startJournalTask(task: JournalTask | null): void {
  useJournalStore.setState({ busy: task });
}

export function keepJournalError(slot: JournalErrorSlot, error: ShownError | null): void {
  useJournalStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

export function showJournalNotice(notice: JournalNotice | null): void {
  useJournalStore.setState({ notice });
}

// ---- Selectors

export const selectJournalStatus = (state: JournalState): JournalStatus | null => state.status;
export const selectTornTail = (state: JournalState): TornTailReport | null => state.tornTail;
export const selectJournalSaves = (state: JournalState): Readonly<Record<string, EditSave>> =>
  state.saves;
export const selectJournalBusy = (state: JournalState): JournalTask | null => state.busy;
export const selectJournalNotice = (state: JournalState): JournalNotice | null => state.notice;

export function selectJournalError(
  slot: JournalErrorSlot,
): (state: JournalState) => ShownError | null {
  return (state) => state.errors[slot] ?? null;
}
