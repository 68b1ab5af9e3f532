/**
 * The signed header of a review bundle: what anyone can read and check without a key (case,
 * round, rubric digest, sequence, author, the office's roster statement, and per section its
 * lengths, hash and readers commitment). Nothing in it names an application or a reader: which
 * section is whose, and who reads it, is inside the sections (docs/bundle-format.md, "What the
 * plaintext tells").
 */
import { z } from 'zod';
import { Hex128, Hex256, PersonKeysSchema, RoundIdText } from './bundle-fields';
import { MAX_SECTION_PLAINTEXT_BYTES, MAX_SECTIONS, MAX_WRAP_BYTES } from './bundle-limits';
import { SignedRosterStatementSchema } from './roster-statement';

export const REVIEW_BUNDLE_FORMAT = 'qb-review-bundle';

export const SectionRecordSchema = z.strictObject({
  wrapLength: z.number().int().min(1).max(MAX_WRAP_BYTES),
  /** Padded plaintext plus the 16-byte GCM tag. */
  ciphertextLength: z
    .number()
    .int()
    .min(16)
    .max(MAX_SECTION_PLAINTEXT_BYTES + 16),
  /** SHA-256 (hex) of the section's bytes: its wrap, then its ciphertext. */
  sha256: Hex256,
  /** SHA-256 (hex) of the readers label, the section's salt and its readers' fingerprints. */
  readersCommitment: Hex256,
});
export type SectionRecord = z.infer<typeof SectionRecordSchema>;

export const ReviewBundleHeaderSchema = z.strictObject({
  format: z.literal(REVIEW_BUNDLE_FORMAT),
  version: z.literal(1),
  /** 16 random bytes per bundle: the salt of its section keys. */
  bundleId: Hex128,
  caseId: Hex128,
  roundId: RoundIdText,
  rubricDigest: Hex256,
  /** The author's own counter in the case and round (1, 2, 3…); never a clock. */
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  author: PersonKeysSchema,
  roster: SignedRosterStatementSchema,
  sections: z.array(SectionRecordSchema).min(1).max(MAX_SECTIONS),
});
export type ReviewBundleHeader = z.infer<typeof ReviewBundleHeaderSchema>;
