/**
 * Every IPC answer is a result union: a handler never throws across the bridge. A failure is the
 * wire error of shared/errors: the kind as `code`, the typed `reason`, the message in both
 * languages.
 */
import type { AppErrorData, ErrorKind } from '../errors';
import { wireErrorOf } from '../errors/wire-error';
import type { WireError } from '../errors/wire-error';

/** The fixed set of failure kinds a caller can branch on. */
export type IpcErrorCode = ErrorKind;

export type IpcError = WireError;

export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** The failure result of a typed error; `issues` only for invalid input. */
export function fail(reason: AppErrorData, issues?: readonly string[]): IpcResult<never> {
  return { ok: false, error: wireErrorOf(reason, issues) };
}
