import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';
import { ExpertSchema } from '../domain/expert';

/**
 * 身份卡: an expert's public identity card as the office registers it. Only the fields the office
 * relies on are checked; anything else the card carries (its own signature, a version) is kept
 * untouched, so the card sealed into packages is the card the expert issued.
 */
export const ExpertCardSchema = z.looseObject({
  name: ExpertSchema.shape.name,
  organisation: ExpertSchema.shape.organisation,
  /** The card's own region, if the person gave one; the office's record may differ. */
  region: z.string().trim().min(1).max(100).optional(),
  /** The role the person chose when creating the identity; the office assigns the panel role. */
  role: z.string().trim().min(1).max(40),
  /** Ed25519 public key, 32 bytes in base64 or base64url. */
  signingPublicKey: z.string().regex(/^[A-Za-z0-9+/_-]{43}=?$/, schemaRule('signing-key-format')),
  /** X25519 recipient in the age format (C2SP age: "age1" + Bech32). */
  ageRecipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, schemaRule('age-recipient-format')),
  /** Short enough to read aloud; compared with what the expert reads out on registration. */
  fingerprint: z
    .string()
    .trim()
    .min(4, schemaRule('fingerprint-too-short'))
    .max(200, schemaRule('fingerprint-too-long')),
});
export type ExpertCard = z.infer<typeof ExpertCardSchema>;

/** 登记专家: an expert with, once registered, their identity card. */
export const OfficeExpertSchema = ExpertSchema.extend({ card: ExpertCardSchema.optional() }).refine(
  (e) => e.card === undefined || e.card.fingerprint === e.keyFingerprint,
  { message: schemaRule('card-fingerprint-differs'), path: ['keyFingerprint'] },
);
export type OfficeExpert = z.infer<typeof OfficeExpertSchema>;
