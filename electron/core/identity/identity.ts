/**
 * An unlocked identity: the public card plus the two private keys (Ed25519 for signing, an age
 * X25519 identity for decryption). It lives in memory only; on disk it is an identity file.
 */
import type { KeyObject } from 'node:crypto';
import { identityToRecipient } from 'age-encryption';
import { parseOrThrow } from '../../../shared/errors';
import { rawPublicKeyOf, signingKeyFromSeed } from '../crypto/ed25519-keys';
import { fingerprintOf } from './fingerprint';
import { IDENTITY_CARD_VERSION, identityProfileSchema, selfSignCard } from './identity-card';
import type { IdentityCard, IdentityProfile } from './identity-card';

export interface Identity {
  readonly card: IdentityCard;
  /** Ed25519 private key; a KeyObject, so it never ends up in JSON by accident. */
  readonly signingKey: KeyObject;
  /** "AGE-SECRET-KEY-1…" */
  readonly ageIdentity: string;
}

/** Builds the identity from its private keys; the public card follows from them. */
export async function identityFromKeys(
  profile: IdentityProfile,
  /** ISO 8601, kept as given so that a card read back compares equal. */
  createdAt: string,
  signingSeed: Uint8Array,
  ageIdentity: string,
): Promise<Identity> {
  const { name, organisation, region, role } = parseOrThrow(
    identityProfileSchema,
    profile,
    'identity-profile',
  );
  const signingKey = signingKeyFromSeed(signingSeed);
  const signingPublicKey = rawPublicKeyOf(signingKey);
  const ageRecipient = await identityToRecipient(ageIdentity);
  const card: IdentityCard = selfSignCard(
    {
      kind: 'qbreview-identity-card',
      version: IDENTITY_CARD_VERSION,
      name,
      organisation,
      ...(region === undefined ? {} : { region }),
      role,
      createdAt,
      signingPublicKey: Buffer.from(signingPublicKey).toString('base64'),
      ageRecipient,
      fingerprint: fingerprintOf({ signingPublicKey, ageRecipient }),
    },
    signingKey,
  );
  return { card, signingKey, ageIdentity };
}

/** The public card the office registers (JSON-serialisable, self-signed). */
export function identityCard(identity: Identity): IdentityCard {
  return identity.card;
}
