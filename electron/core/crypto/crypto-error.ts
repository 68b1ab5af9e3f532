/**
 * The sealed formats' failures (case packages, identity files): the crypto family of AppError's
 * codes, so a caller can ask whether a failure was one of them. The words are the catalogue's
 * (shared/errors/catalogue/crypto.ts); a thrower adds an English detail for developers at most.
 */
import { isAppError } from '../../../shared/errors';
import type { AppError } from '../../../shared/errors';

export const cryptoErrorCodes = [
  'wrong-passphrase',
  'not-a-recipient',
  'bad-signature',
  'unknown-office',
  'tampered',
  'truncated',
  'not-a-case',
  'not-an-identity',
  'invalid-card',
  'unsupported-version',
  'limits-exceeded',
  'no-such-entry',
  'wrong-purpose',
] as const;

export type CryptoErrorCode = (typeof cryptoErrorCodes)[number];

/** True when `error` is an AppError of the crypto family, and of `code` when one is given. */
export function isCryptoError<C extends CryptoErrorCode = CryptoErrorCode>(
  error: unknown,
  code?: C,
): error is AppError<C> {
  return code === undefined ? isAppError(error, ...cryptoErrorCodes) : isAppError(error, code);
}
