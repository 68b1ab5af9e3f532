/**
 * The public identity card (身份卡): who a person is and their two public keys, as JSON the
 * office registers and compares by fingerprint. It carries nothing secret. The whole card (name,
 * organisation and region included) is signed by its own Ed25519 key: a self-signature proves
 * only that whoever made the card holds the key, so the office also compares the fingerprint
 * the person read out or sent by another channel (SECURITY 23).
 */
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import { isAgeRecipient } from '../crypto/age-recipients';
import { signFor, verifyFor } from '../crypto/signature-context';
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

export const IDENTITY_CARD_VERSION = 2;

const unsignedCardSchema = z.strictObject({
  kind: z.literal('qbreview-identity-card'),
  version: z.literal(IDENTITY_CARD_VERSION),
  ...identityProfileSchema.shape,
  createdAt: z.iso.datetime(),
  /** Ed25519, 32 bytes, standard base64. */
  signingPublicKey: base64Key,
  ageRecipient: z.string().refine(isAgeRecipient, 'an age X25519 recipient'),
  fingerprint: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/),
});

export const identityCardSchema = unsignedCardSchema.extend({
  /** Ed25519 over "QBREVIEW identity card v2\0" ‖ the canonical JSON of every other field. */
  selfSignature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a base64 Ed25519 signature'),
});

export type UnsignedIdentityCard = z.infer<typeof unsignedCardSchema>;
export type IdentityCard = z.infer<typeof identityCardSchema>;

function signedBytes(card: UnsignedIdentityCard): Uint8Array[] {
  return [Buffer.from(canonicalJson(card), 'utf8')];
}

/** The card signed by its own key (the key must be the card's). */
export function selfSignCard(card: UnsignedIdentityCard, signingKey: KeyObject): IdentityCard {
  const signature = signFor('identityCard', signingKey, signedBytes(card));
  return { ...card, selfSignature: Buffer.from(signature).toString('base64') };
}

export function signingPublicKeyOf(card: IdentityCard): Uint8Array {
  return new Uint8Array(Buffer.from(card.signingPublicKey, 'base64'));
}

/**
 * Validates a card (JSON text or parsed JSON): its fields, that its fingerprint is the one its
 * keys give, and its self-signature. Throws an AppError of the crypto family 'invalid-card'.
 */
export function parseIdentityCard(input: unknown): IdentityCard {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new AppError('invalid-card', {}, 'not JSON');
    }
  }
  const parsed = identityCardSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid-card',
      {},
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  const card = parsed.data;
  const expected = fingerprintOf({
    signingPublicKey: signingPublicKeyOf(card),
    ageRecipient: card.ageRecipient,
  });
  if (card.fingerprint !== expected) {
    throw new AppError('invalid-card', {}, 'the fingerprint does not match the keys');
  }
  const { selfSignature, ...unsigned } = card;
  if (
    !verifyFor(
      'identityCard',
      signingPublicKeyOf(card),
      signedBytes(unsigned),
      Buffer.from(selfSignature, 'base64'),
    )
  ) {
    throw new AppError('invalid-card', {}, 'the card is not signed by its own key');
  }
  return card;
}
