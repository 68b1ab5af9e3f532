/** Every IPC answer is a result union: a handler never throws across the bridge. */

/** The fixed set of failure kinds a caller can branch on. */
export type IpcErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  /** Refused for a reason the message states (wrong passphrase, unreadable file, a rule). */
  | 'refused'
  | 'internal';

export interface IpcError {
  readonly code: IpcErrorCode;
  /** Human-readable, safe to show; never carries confidential content. */
  readonly message: string;
  /** For invalid input: where the input was wrong, e.g. `units.3.name: too long`. */
  readonly issues?: readonly string[];
}

export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(
  code: IpcErrorCode,
  message: string,
  issues?: readonly string[],
): IpcResult<never> {
  return issues
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}
