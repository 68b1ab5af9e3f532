/** A disk's failure as the journal's typed refusal: full, or failed (never the OS's text). */
import { AppError, isAppError } from '../../../shared/errors';
import { isDiskFull } from './journal-file-system';

export function journalDiskError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  if (isDiskFull(error)) return new AppError('journal-disk-full', {}, code);
  return new AppError('journal-write-failed', {}, code);
}
