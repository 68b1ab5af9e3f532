/**
 * The public identity card (身份卡): who a person is and their two public keys, as JSON the
 * office registers and compares by fingerprint. It carries nothing secret.
 */
import { z } from 'zod';
import { CryptoError } from '../crypto/crypto-error';
import { isAgeRecipient } from '../crypto/age-recipients';
import { fingerprintOf } from './fingerprint';

export const IDENTITY_ROLES = ['office', 'expert', 'leader', 'chair', 'vice-chair'] as const;
/** 办公室、专家、组长、主任委员、副主任委员 */
export type IdentityRole = (typeof IDENTITY_ROLES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const identityProfileSchema = z.strictObject({
  name: text(100),
  organisation: text(200),
  region: text(100).optional(),
  role: z.enum(IDENTITY_ROLES),
});

/** What a person says about themselves when creating an identity. */
export type IdentityProfile = z.infer<typeof identityProfileSchema>;

const base64Key = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'a base64 Ed25519 public key')
  .refine((value) => Buffer.from(value, 'base64').toString('base64') === value, 'canonical base64');

export const identityCardSchema = z.strictObject({
  kind: z.literal('qbreview-identity-card'),
  version: z.literal(1),
  ...identityProfileSchema.shape,
  createdAt: z.iso.datetime(),
  /** Ed25519, 32 bytes, standard base64. */
  signingPublicKey: base64Key,
  ageRecipient: z.string().refine(isAgeRecipient, 'an age X25519 recipient'),
  fingerprint: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/),
});

export type IdentityCard = z.infer<typeof identityCardSchema>;

export function signingPublicKeyOf(card: IdentityCard): Uint8Array {
  return new Uint8Array(Buffer.from(card.signingPublicKey, 'base64'));
}

/**
 * Validates a card (JSON text or parsed JSON) and that its fingerprint is the one its keys give.
 * Throws CryptoError 'invalid-card'.
 */
export function parseIdentityCard(input: unknown): IdentityCard {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new CryptoError('invalid-card', 'not JSON');
    }
  }
  const parsed = identityCardSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CryptoError(
      'invalid-card',
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  const card = parsed.data;
  const expected = fingerprintOf({
    signingPublicKey: signingPublicKeyOf(card),
    ageRecipient: card.ageRecipient,
  });
  if (card.fingerprint !== expected) {
    throw new CryptoError('invalid-card', 'the fingerprint does not match the keys');
  }
  return card;
}
