/**
 * A 32-byte key wrapped twice as standard age files: one file for all X25519 recipients, and a
 * separate one for a passphrase (the age spec requires a scrypt stanza to be alone). The age
 * payload is the key's purpose label followed by the key (key-purpose.ts), checked on unwrap.
 * Case packages and the office workspace wrap their keys this way; bundles will too.
 */
import { decryptWithPassphrase, encryptWithPassphrase } from './age-passphrase';
import { decryptWithIdentity, encryptToRecipients } from './age-recipients';
import { AppError } from '../../../shared/errors';
import { isCryptoError } from './crypto-error';
import { labelKey, unlabelKey } from './key-purpose';
import type { KeyPurpose } from './key-purpose';

export interface KeyWraps {
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

export async function wrapKey(
  purpose: KeyPurpose,
  key: Uint8Array,
  request: WrapRequest,
): Promise<KeyWraps> {
  if (request.recipients.length === 0 && request.passphrase === undefined) {
    throw new RangeError('a wrapped key needs at least one recipient or a passphrase');
  }
  const payload = labelKey(purpose, key);
  try {
    return {
      recipientsWrap:
        request.recipients.length > 0
          ? await encryptToRecipients(payload, request.recipients)
          : new Uint8Array(0),
      passphraseWrap:
        request.passphrase !== undefined
          ? await encryptWithPassphrase(payload, request.passphrase, request.scryptLogN)
          : new Uint8Array(0),
    };
  } finally {
    payload.fill(0);
  }
}

export interface UnwrapCredentials {
  /** "AGE-SECRET-KEY-1…" */
  readonly identity?: string;
  readonly passphrase?: string;
}

/** Tries the identity, then the passphrase. Throws an AppError of the crypto family. */
export async function unwrapKey(
  purpose: KeyPurpose,
  wraps: KeyWraps,
  credentials: UnwrapCredentials,
): Promise<Uint8Array> {
  const { identity, passphrase } = credentials;
  if (identity === undefined && passphrase === undefined) {
    throw new RangeError('an identity or a passphrase is needed to unwrap a key');
  }
  let failure = new AppError('not-a-recipient');
  if (identity !== undefined && wraps.recipientsWrap.length > 0) {
    try {
      return unlabelKey(purpose, await decryptWithIdentity(wraps.recipientsWrap, identity));
    } catch (error) {
      if (!isCryptoError(error, 'not-a-recipient') || passphrase === undefined) throw error;
      failure = error;
    }
  }
  if (passphrase !== undefined) {
    if (wraps.passphraseWrap.length === 0) {
      throw new AppError('not-a-recipient', {}, 'this file has no passphrase');
    }
    return unlabelKey(purpose, await decryptWithPassphrase(wraps.passphraseWrap, passphrase));
  }
  throw failure;
}
