/**
 * The office's follow-up (公示与异议, issue 11, point 3): the screen's own state and its calls to
 * main. The state: who is handling the acts (经办人, kept while the app runs, never written
 * anywhere), the call under way, and the last refusal with what it refused. The record itself is
 * the office's overview (office-store), which every recorded act replaces.
 */
import type { ScreenFollowUpRequest } from '../../shared/office/followup/followup-rules';
import type { OfficeOverview } from '../../shared/ipc/office-views';
import type { ResultDetailView } from '../../shared/office/followup/result-detail-view';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';
import { showOverview } from './office-store';

/** What a refused call was: an act, or one of the imports (for the form that made it). */
export type FollowUpCall =
  | ScreenFollowUpRequest
  | { readonly kind: 'import-result' }
  | { readonly kind: 'defense-from-result' }
  | { readonly kind: 'export-record' }
  | { readonly kind: 'export-reports' }
  | { readonly kind: 'open-result' }
  | { readonly kind: 'import-re-review'; readonly objectionId: string };

interface FollowUpUiState {
  readonly handler: string;
  readonly busy: boolean;
  readonly error: ShownError | null;
  /** The call the error refused, so the form that sent it shows the error beside its button. */
  readonly failed: FollowUpCall | null;
  /**
   * By round id: the list, cuts and ranking of the result bundle opened in this run of the app
   * (the record keeps only the list; choosing the file again shows them after a restart).
   */
  readonly opened: Readonly<Record<string, ResultDetailView>>;
  /** The round whose last import was of a bundle already on record (nothing recorded again). */
  readonly alreadyImported: string | null;
  /** Rounds whose kept result bundle main is opening again (after a restart). */
  readonly reopening: readonly string[];
}

export const useFollowUpStore = createStore<FollowUpUiState>(() => ({
  handler: '',
  busy: false,
  error: null,
  failed: null,
  opened: {},
  alreadyImported: null,
  reopening: [],
}));

export function setHandler(handler: string): void {
  useFollowUpStore.setState({ handler });
}

export function clearFollowUpError(): void {
  useFollowUpStore.setState({ error: null, failed: null });
}

/** Runs one call; true once main accepted it and the new overview is shown. */
async function run(
  call: FollowUpCall,
  send: (handler: string) => Promise<IpcResult<OfficeOverview>>,
): Promise<boolean> {
  const handler = useFollowUpStore.getState().handler.trim();
  useFollowUpStore.setState({ busy: true, error: null, failed: null });
  try {
    const result = await send(handler);
    if (result.ok) {
      showOverview(result.value);
      return true;
    }
    useFollowUpStore.setState({ error: errorFromMain(result.error), failed: call });
    return false;
  } finally {
    useFollowUpStore.setState({ busy: false });
  }
}

export function recordAct(act: ScreenFollowUpRequest): Promise<boolean> {
  return run(act, (handler) => api().followup.record({ act, handler }));
}

async function fileOf(file: File): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The chair's result bundle of a round, verified and recorded by main. */
export async function importResult(roundId: string, file: File): Promise<boolean> {
  const dropped = await fileOf(file);
  useFollowUpStore.setState({ alreadyImported: null });
  return run({ kind: 'import-result' }, async (handler) => {
    const answer = await api().followup.importResult({ roundId, file: dropped, handler });
    if (!answer.ok) return answer;
    const { overview, result, alreadyImported } = answer.value;
    useFollowUpStore.setState((s) => ({
      opened: { ...s.opened, [result.roundId]: result },
      alreadyImported: alreadyImported ? result.roundId : null,
    }));
    return { ok: true, value: overview };
  });
}

/**
 * The round's imported result bundle opened again by main from the office's workspace (its bytes
 * are kept there, sealed), once per run of the app: after a restart the tab shows the cuts and
 * the ranking without asking for the file. A refusal is shown beside the import.
 */
export async function reopenResult(roundId: string, resultDigest: string): Promise<void> {
  const s = useFollowUpStore.getState();
  if (s.opened[roundId]?.resultDigest === resultDigest || s.reopening.includes(roundId)) return;
  useFollowUpStore.setState({ reopening: [...s.reopening, roundId] });
  try {
    const answer = await api().followup.openResult({ roundId });
    if (!answer.ok) {
      useFollowUpStore.setState({
        error: errorFromMain(answer.error),
        failed: { kind: 'open-result' },
      });
    } else if (answer.value !== null) {
      const view = answer.value;
      useFollowUpStore.setState((st) => ({ opened: { ...st.opened, [roundId]: view } }));
    }
  } finally {
    useFollowUpStore.setState((st) => ({ reopening: st.reopening.filter((r) => r !== roundId) }));
  }
}

/**
 * The office's reports of a round written through main's folder dialog (after the warning) and
 * recorded: the folder's name and how many files, or null when cancelled or refused (the refusal
 * shown beside the button).
 */
export async function exportReports(
  roundId: string,
  reports: readonly ('public-notice' | 'objection-record')[],
): Promise<{ readonly folderName: string; readonly count: number } | null> {
  const handler = useFollowUpStore.getState().handler.trim();
  useFollowUpStore.setState({ busy: true, error: null, failed: null });
  try {
    const result = await api().followup.exportReports({
      roundId,
      reports: [...reports],
      handler,
    });
    if (!result.ok) {
      useFollowUpStore.setState({
        error: errorFromMain(result.error),
        failed: { kind: 'export-reports' },
      });
      return null;
    }
    if (result.value === null) return null;
    showOverview(result.value.overview);
    const { folderName, files } = result.value.exported;
    return { folderName, count: files.length };
  } finally {
    useFollowUpStore.setState({ busy: false });
  }
}

/** 答辩评审 from the imported 入围答辩名单 of a material round. */
export function defenseFromResult(materialRoundId: string): Promise<boolean> {
  return run({ kind: 'defense-from-result' }, () =>
    api().followup.defenseFromResult({ materialRoundId }),
  );
}

/** The committee's signed re-review of an objection, verified and recorded by main. */
export async function importReReview(objectionId: string, file: File): Promise<boolean> {
  const dropped = await fileOf(file);
  return run({ kind: 'import-re-review', objectionId }, (handler) =>
    api().followup.importReReview({ file: dropped, handler }),
  );
}

/**
 * The signed follow-up record saved through main's save dialog: the file's name, or null when
 * cancelled or refused (the refusal shown beside the button).
 */
export async function exportRecord(): Promise<string | null> {
  useFollowUpStore.setState({ busy: true, error: null, failed: null });
  try {
    const result = await api().followup.exportRecord({});
    if (result.ok) return result.value?.fileName ?? null;
    useFollowUpStore.setState({
      error: errorFromMain(result.error),
      failed: { kind: 'export-record' },
    });
    return null;
  } finally {
    useFollowUpStore.setState({ busy: false });
  }
}
