/**
 * The error the renderer receives over IPC. `code` is the kind of failure (the small set callers
 * have always branched on); `reason` is the typed error itself, which the renderer renders with
 * the catalogue in the UI's language; `message` is the same in both languages, for a screen that
 * renders no code and for logs. Nothing in it names a path or quotes a material.
 */
import type { ErrorKind } from './catalogue-entry';
import type { AppErrorData } from './error-code';
import { bilingualErrorText, errorKindOf } from './error-text';

export interface WireError {
  readonly code: ErrorKind;
  readonly reason: AppErrorData;
  /** Chinese first, then English: "中文。/ English." */
  readonly message: string;
  /** For invalid input: where the request was wrong, e.g. `units.3.name: too_small`. */
  readonly issues?: readonly string[];
}

/** The wire error of a typed error. */
export function wireErrorOf(reason: AppErrorData, issues?: readonly string[]): WireError {
  const error = { code: errorKindOf(reason.code), reason, message: bilingualErrorText(reason) };
  return issues === undefined ? error : { ...error, issues };
}
