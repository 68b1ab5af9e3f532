/**
 * The one error type a service throws when it refuses: a code and typed parameters, no prose.
 * Its message is the catalogue's, in both languages, for logs and tests; what a user reads is
 * rendered again from the code and parameters, in their language, wherever it is shown.
 */
import type { NoParams } from './catalogue-entry';
import type { AppErrorData, ErrorCode, ErrorParams } from './error-code';
import { bilingualErrorText } from './error-text';

/** The constructor's arguments after the code: the parameters, optional when there are none. */
type ParamsArgs<C extends ErrorCode> =
  NoParams extends ErrorParams<C>
    ? [params?: ErrorParams<C>, detail?: string]
    : [params: ErrorParams<C>, detail?: string];

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams<C>;
  /**
   * What exactly failed, in English, for a developer (the CLI's --json output, a test's
   * failure): never shown in the app, never a path or content, never needed to understand it.
   */
  readonly detail: string | undefined;

  constructor(code: C, ...[params, detail]: ParamsArgs<C>) {
    const data = { code, params: params ?? {} } as AppErrorData;
    super(
      detail === undefined ? bilingualErrorText(data) : `${bilingualErrorText(data)} (${detail})`,
    );
    this.name = 'AppError';
    this.code = code;
    this.params = data.params as ErrorParams<C>;
    this.detail = detail;
  }

  /** The error as data, as it crosses the wire or a worker's port. */
  toData(): AppErrorData<C> {
    return { code: this.code, params: this.params } as AppErrorData<C>;
  }
}

/** True for an AppError, and of one of `codes` when any are given. */
export function isAppError<C extends ErrorCode>(
  error: unknown,
  ...codes: readonly C[]
): error is AppError<C> {
  return (
    error instanceof AppError &&
    (codes.length === 0 || (codes as readonly string[]).includes(error.code))
  );
}
