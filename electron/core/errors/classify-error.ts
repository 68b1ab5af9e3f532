/**
 * The one classifier: whatever a service threw, what its caller may tell the user. An AppError
 * as it is; a file-system failure by what happened (the path stays out: it can name an applicant
 * or a person's folders); anything else is internal, its details for the log only. The IPC
 * adapter turns the result into the wire error, the CLI into its one line.
 */
import { isAppError } from '../../../shared/errors';
import type { AppErrorData } from '../../../shared/errors';

const FILE_SYSTEM_CODES: Readonly<Record<string, AppErrorData>> = {
  ENOENT: { code: 'file-not-found', params: {} },
  ENOTDIR: { code: 'file-not-found', params: {} },
  ENOSPC: { code: 'disk-full', params: {} },
  EDQUOT: { code: 'disk-full', params: {} },
  EACCES: { code: 'permission-denied', params: {} },
  EPERM: { code: 'permission-denied', params: {} },
  EROFS: { code: 'permission-denied', params: {} },
};

/** The typed error to report; `channel` names the call an internal failure happened in. */
export function classifyError(error: unknown, channel?: string): AppErrorData {
  if (isAppError(error)) return error.toData();
  const systemCode = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const known = typeof systemCode === 'string' ? FILE_SYSTEM_CODES[systemCode] : undefined;
  if (known !== undefined) return known;
  return { code: 'internal', params: channel === undefined ? {} : { channel } };
}

/** What may be logged of an unexpected failure: its class, never its message (SECURITY 17). */
export function errorClassOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
