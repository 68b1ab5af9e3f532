/**
 * The office's follow-up (公示与异议, issue 11, point 3): the screen's own state and its one call
 * to main. The state: who is handling the acts (经办人, kept while the app runs,
 * never written anywhere), the act under way, and the last refusal. The record itself is the
 * office's overview (office-store), which every recorded act replaces.
 */
import type { ScreenFollowUpRequest } from '../../shared/office/followup/followup-rules';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';
import { showOverview } from './office-store';

interface FollowUpUiState {
  readonly handler: string;
  readonly busy: boolean;
  readonly error: ShownError | null;
  /** The act the error refused, so the form that sent it shows the error beside its button. */
  readonly failed: ScreenFollowUpRequest | null;
}

export const useFollowUpStore = createStore<FollowUpUiState>(() => ({
  handler: '',
  busy: false,
  error: null,
  failed: null,
}));

export function setHandler(handler: string): void {
  useFollowUpStore.setState({ handler });
}

export function clearFollowUpError(): void {
  useFollowUpStore.setState({ error: null, failed: null });
}

/** Records one act; true once main accepted it and the new overview is shown. */
export async function recordAct(act: ScreenFollowUpRequest): Promise<boolean> {
  const handler = useFollowUpStore.getState().handler.trim();
  useFollowUpStore.setState({ busy: true, error: null, failed: null });
  try {
    const result = await api().followup.record({ act, handler });
    if (result.ok) {
      showOverview(result.value);
      return true;
    }
    useFollowUpStore.setState({ error: errorFromMain(result.error), failed: act });
    return false;
  } finally {
    useFollowUpStore.setState({ busy: false });
  }
}
