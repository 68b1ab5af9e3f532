/**
 * Who signs and who reads reviews, as a case package manifest (version 3) tells its reader: the
 * roster's public keys, the office's, and per application in the package the people its review
 * is encrypted to (issue 10, point 4; docs/case-format.md, "Who may read a review"). A review
 * bundle is built from these fields and nothing else: the author encrypts each application's
 * section to exactly its `reviewReaders`, taking their keys from `roster` and `office`.
 */
import { z } from 'zod';
import { ExpertRoleSchema } from '../domain/expert';
import { ReviewReaderRoleSchema } from '../domain/review-readers';
import { schemaRule } from '../errors/schema-rules';

const Id = z.string().min(1).max(64);

/** Ed25519 public key, 32 bytes in base64 (as on the person's self-signed identity card). */
export const ManifestSigningKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9+/_-]{43}=?$/, schemaRule('signing-key-format'));
/** X25519 recipient in the age format (C2SP age: "age1" + Bech32). */
export const ManifestAgeRecipientSchema = z
  .string()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, schemaRule('age-recipient-format'));
const Fingerprint = z.string().min(4).max(200);

/** The office as the manifest names it, with the keys a bundle for the office is made with. */
export const CaseManifestOfficeSchema = z.object({
  name: z.string(),
  fingerprint: Fingerprint,
  signingPublicKey: ManifestSigningKeySchema,
  ageRecipient: ManifestAgeRecipientSchema,
});
export type CaseManifestOffice = z.infer<typeof CaseManifestOfficeSchema>;

/** 评审席位 as a manifest names it: a committee seat, or a seat in a group. */
export const CaseManifestSeatSchema = z.object({ role: ExpertRoleSchema, groupId: Id.optional() });
export type CaseManifestSeat = z.infer<typeof CaseManifestSeatSchema>;

/**
 * One person of the round who signs or reads reviews, with the public keys of the identity card
 * the office registered: a bundle signed by `signingPublicKey` is theirs, a section for them is
 * wrapped to `ageRecipient`.
 */
export const CaseManifestRosterEntrySchema = z.object({
  expertId: Id,
  name: z.string(),
  /** Committee seats first, then group seats (leader, member), as sealing orders them. */
  seats: z.array(CaseManifestSeatSchema).min(1),
  signingPublicKey: ManifestSigningKeySchema,
  ageRecipient: ManifestAgeRecipientSchema,
  fingerprint: Fingerprint,
});
export type CaseManifestRosterEntry = z.infer<typeof CaseManifestRosterEntrySchema>;

/**
 * One reader of an application's review: the office (no `expertId`), or a person of the roster,
 * with every capacity in which they read it (a chair who also stands in holds two).
 */
export const CaseManifestReviewReaderSchema = z.object({
  fingerprint: Fingerprint,
  expertId: Id.optional(),
  roles: z.array(ReviewReaderRoleSchema).min(1),
});
export type CaseManifestReviewReader = z.infer<typeof CaseManifestReviewReaderSchema>;

/** Who may read the reviews of one application: the office first, then the others. */
export const CaseManifestReviewReadersSchema = z.object({
  applicationId: Id,
  readers: z.array(CaseManifestReviewReaderSchema).min(2),
});
export type CaseManifestReviewReaders = z.infer<typeof CaseManifestReviewReadersSchema>;

/** 保密承诺 (Article 15): the text the office set for the round, which the expert signs. */
export const CaseManifestUndertakingSchema = z.object({
  text: z.string().trim().min(1).max(20_000),
});
export type CaseManifestUndertaking = z.infer<typeof CaseManifestUndertakingSchema>;
