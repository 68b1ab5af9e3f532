/** Creating a new identity: fresh keys, the public card, and the sealed identity file. */
import { generateIdentity } from 'age-encryption';
import { assertChosenPassphrase } from '../crypto/chosen-passphrase';
import { generateSigningKey, signingSeedOf } from '../crypto/ed25519-keys';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import { identityFromKeys } from './identity';
import type { Identity } from './identity';
import type { IdentityProfile } from './identity-card';
import { encodeIdentityFile } from './identity-file';

export interface CreateIdentityOptions {
  /** scrypt log2 N for the identity file; 18 unless a test needs speed. */
  readonly scryptLogN?: number;
  readonly now?: Date;
}

export interface CreatedIdentity {
  readonly identity: Identity;
  /** The identity file's bytes, to be written with writeFileAtomic. */
  readonly file: Uint8Array;
}

/**
 * Throws AppError 'weak-passphrase' for a passphrase below the minimum strength, before any key
 * is made.
 */
export async function createIdentity(
  profile: IdentityProfile,
  passphrase: string,
  options: CreateIdentityOptions = {},
): Promise<CreatedIdentity> {
  assertChosenPassphrase(passphrase, [profile.name, profile.organisation, profile.region ?? '']);
  const identity = await identityFromKeys(
    profile,
    (options.now ?? new Date()).toISOString(),
    signingSeedOf(generateSigningKey()),
    await generateIdentity(),
  );
  const file = await encodeIdentityFile(
    identity,
    passphrase,
    options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
  );
  return { identity, file };
}
