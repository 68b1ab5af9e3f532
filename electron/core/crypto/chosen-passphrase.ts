/**
 * The check every passphrase a person chooses passes before anything is sealed under it
 * (an identity, the office's workspace): shared/security/passphrase-strength.ts decides.
 */
import {
  judgePassphrase,
  passphraseWeaknessMessage,
} from '../../../shared/security/passphrase-strength';
import type { PassphraseWeakness } from '../../../shared/security/passphrase-strength';

export class WeakPassphraseError extends Error {
  readonly code = 'weak-passphrase';
  constructor(readonly weakness: PassphraseWeakness) {
    const { zh, en } = passphraseWeaknessMessage(weakness);
    super(`${zh} / ${en}`);
    this.name = 'WeakPassphraseError';
  }
}

/** Throws WeakPassphraseError unless the passphrase is strong enough. */
export function assertChosenPassphrase(passphrase: string, personal: readonly string[]): void {
  const verdict = judgePassphrase(passphrase, personal);
  if (!verdict.acceptable) throw new WeakPassphraseError(verdict.weakness ?? 'guessable');
}
