/**
 * The office's open case as the renderer sees it: the last overview main sent, and what is under
 * way. Only main holds the case; every change goes through IPC and comes back as a new overview.
 */
import type { OfficeOverview, OfficeStatus } from '../../shared/ipc/office-views';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { createStore } from './create-store';

export interface OfficeState {
  readonly status: OfficeStatus;
  readonly overview: OfficeOverview | null;
  /** A short description of the call under way, or null. */
  readonly busy: string | null;
  readonly error: string | null;
}

interface OfficeActions {
  refreshStatus(): Promise<void>;
  loadOverview(): Promise<void>;
  /** Runs a call that answers with a new overview; the error, if any, is kept for the screen. */
  change(label: string, call: () => Promise<IpcResult<OfficeOverview>>): Promise<boolean>;
  setOpened(status: OfficeStatus): Promise<void>;
  clearError(): void;
  setBusy(label: string | null): void;
  setError(message: string | null): void;
}

export function getEmptyOfficeState(): OfficeState {
  return { status: { open: false }, overview: null, busy: null, error: null };
}

export const useOfficeStore = createStore<OfficeState & OfficeActions>((set, get) => ({
  ...getEmptyOfficeState(),
  async refreshStatus() {
    const result = await api().office.status({});
    if (result.ok) set({ status: result.value });
    if (result.ok && result.value.open && !get().overview) await get().loadOverview();
  },
  async loadOverview() {
    const result = await api().office.overview({});
    if (result.ok) set({ overview: result.value, status: result.value.status, error: null });
    else set({ error: result.error.message });
  },
  async change(label, call) {
    set({ busy: label, error: null });
    try {
      const result = await call();
      if (!result.ok) {
        set({ error: result.error.message });
        return false;
      }
      set({ overview: result.value, status: result.value.status });
      return true;
    } finally {
      set({ busy: null });
    }
  },
  async setOpened(status) {
    set({ status, overview: null });
    if (status.open) await get().loadOverview();
  },
  clearError: () => set({ error: null }),
  setBusy: (busy) => set({ busy }),
  setError: (error) => set({ error }),
}));
