/**
 * The case key, wrapped twice as standard age files: one file for all X25519 recipients, and a
 * separate one for the passphrase (the age spec requires a scrypt stanza to be alone).
 */
import { decryptWithPassphrase, encryptWithPassphrase } from '../crypto/age-passphrase';
import { decryptWithIdentity, encryptToRecipients } from '../crypto/age-recipients';
import { CryptoError, isCryptoError } from '../crypto/crypto-error';
import { CASE_KEY_LENGTH } from './case-format';

export interface CaseKeyWraps {
  /** An age file for the recipients; empty when there are none. */
  readonly recipientsWrap: Uint8Array;
  /** An age file with one scrypt stanza; empty when there is no passphrase. */
  readonly passphraseWrap: Uint8Array;
}

export interface WrapRequest {
  readonly recipients: readonly string[];
  readonly passphrase?: string;
  readonly scryptLogN: number;
}

export async function wrapCaseKey(
  caseKey: Uint8Array,
  request: WrapRequest,
): Promise<CaseKeyWraps> {
  if (request.recipients.length === 0 && request.passphrase === undefined) {
    throw new RangeError('a case package needs at least one recipient or a passphrase');
  }
  return {
    recipientsWrap:
      request.recipients.length > 0
        ? await encryptToRecipients(caseKey, request.recipients)
        : new Uint8Array(0),
    passphraseWrap:
      request.passphrase !== undefined
        ? await encryptWithPassphrase(caseKey, request.passphrase, request.scryptLogN)
        : new Uint8Array(0),
  };
}

export interface UnwrapCredentials {
  /** "AGE-SECRET-KEY-1…" */
  readonly identity?: string;
  readonly passphrase?: string;
}

/** Tries the identity, then the passphrase. Throws CryptoError. */
export async function unwrapCaseKey(
  wraps: CaseKeyWraps,
  credentials: UnwrapCredentials,
): Promise<Uint8Array> {
  const { identity, passphrase } = credentials;
  if (identity === undefined && passphrase === undefined) {
    throw new RangeError('an identity or a passphrase is needed to open a case package');
  }
  let failure = new CryptoError('not-a-recipient');
  if (identity !== undefined && wraps.recipientsWrap.length > 0) {
    try {
      return checkCaseKey(await decryptWithIdentity(wraps.recipientsWrap, identity));
    } catch (error) {
      if (!isCryptoError(error, 'not-a-recipient') || passphrase === undefined) throw error;
      failure = error;
    }
  }
  if (passphrase !== undefined) {
    if (wraps.passphraseWrap.length === 0) {
      throw new CryptoError('not-a-recipient', 'this package has no passphrase');
    }
    return checkCaseKey(await decryptWithPassphrase(wraps.passphraseWrap, passphrase));
  }
  throw failure;
}

function checkCaseKey(key: Uint8Array): Uint8Array {
  if (key.length !== CASE_KEY_LENGTH) throw new CryptoError('tampered', 'case key length');
  return key;
}
