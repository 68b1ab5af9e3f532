/**
 * Components reach main only through here, never through `window.qbr` directly: one place to
 * see what the renderer asks for, and one place to turn a failed result into an exception.
 */
import type { Api } from '../../shared/ipc/api';
import type { IpcError, IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    readonly qbr?: Api;
  }
}

export class IpcCallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'IpcCallError';
  }
}

export function api(): Api {
  const bridge = window.qbr;
  if (!bridge) throw new Error('The app bridge is missing: the page was not opened by the app.');
  return bridge;
}

/** Unwraps a result: the value, or an IpcCallError carrying the typed error. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new IpcCallError(result.error);
  return result.value;
}
