/**
 * What the review screen needs of the open package, from main (`review:context`): the case and
 * the round with its rubric (each round its own, from its package), the round's undertaking
 * (保密承诺) with its SHA-256, and whether this person can sign (their own identity unlocked and
 * the package opened with it; a package opened by passphrase alone cannot).
 */
import { z } from 'zod';
import { RoundKindSchema } from '../domain/round-kind';
import { RubricSchema } from '../domain/rubric';
import { SubmittedBundleSchema } from './review-submission';

export const ReviewSignerSchema = z.enum([
  /** The recipient's identity is unlocked and opened the package: it signs. */
  'ready',
  /** The package was opened with its passphrase alone. */
  'passphrase-only',
  /** No identity, or another person's, is unlocked. */
  'no-identity',
]);
export type ReviewSigner = z.infer<typeof ReviewSignerSchema>;

export const ReviewContextSchema = z.strictObject({
  caseId: z.string().regex(/^[0-9a-f]{32}$/),
  round: z.strictObject({
    id: z.string().min(1).max(64),
    kind: RoundKindSchema,
    name: z.string().max(100),
  }),
  rubric: RubricSchema,
  undertaking: z.strictObject({
    text: z.string().max(20_000),
    /** SHA-256 (hex) of the text as UTF-8: what the signature covers, echoed back to sign. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  signer: ReviewSignerSchema,
  /** The bundles this person submitted in the round, oldest (lowest sequence) first. */
  submissions: z.array(SubmittedBundleSchema).max(1000),
  /** Submitted and not reopened since (`review:reopen`): review edits are refused. */
  locked: z.boolean(),
  /**
   * The applications of the package this person reviews, in its order: those of the groups they
   * lead or sit in, which their bundle holds. Not every application the package shows: a chair
   * who also leads a group sees the whole round. Empty for a chair or vice-chair alone.
   */
  reviewedApplicationIds: z.array(z.string().min(1).max(64)).max(10_000),
});
export type ReviewContext = z.infer<typeof ReviewContextSchema>;
