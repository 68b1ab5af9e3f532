import { z } from 'zod';
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
  signingPublicKey: z
    .string()
    .regex(/^[A-Za-z0-9+/_-]{43}=?$/, '签名公钥须为 32 字节的 base64 编码'),
  /** X25519 recipient in the age format (C2SP age: "age1" + Bech32). */
  ageRecipient: z
    .string()
    .regex(/^age1[02-9ac-hj-np-z]{58}$/, '加密公钥须为 age1 开头的 age 接收者'),
  /** Short enough to read aloud; compared with what the expert reads out on registration. */
  fingerprint: z.string().trim().min(4, '指纹过短').max(200, '指纹过长'),
});
export type ExpertCard = z.infer<typeof ExpertCardSchema>;

/** 登记专家: an expert with, once registered, their identity card. */
export const OfficeExpertSchema = ExpertSchema.extend({ card: ExpertCardSchema.optional() }).refine(
  (e) => e.card === undefined || e.card.fingerprint === e.keyFingerprint,
  { message: '身份卡指纹与登记的指纹不一致', path: ['keyFingerprint'] },
);
export type OfficeExpert = z.infer<typeof OfficeExpertSchema>;
