/**
 * The check every passphrase a person chooses passes before anything is sealed under it
 * (an identity, the office's workspace): shared/security/passphrase-strength.ts decides.
 */
import { AppError } from '../../../shared/errors';
import { judgePassphrase } from '../../../shared/security/passphrase-strength';

/** Throws AppError 'weak-passphrase', with why, unless the passphrase is strong enough. */
export function assertChosenPassphrase(passphrase: string, personal: readonly string[]): void {
  const verdict = judgePassphrase(passphrase, personal);
  if (!verdict.acceptable) {
    throw new AppError('weak-passphrase', { weakness: verdict.weakness ?? 'guessable' });
  }
}
