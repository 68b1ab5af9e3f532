/**
 * 评审委员会复核 (Article 21): after the office investigated an objection (异议) to the notice list,
 * the committee re-reviews it; the chair, or the vice-chair acting for the chair, signs the
 * outcome. The act names the case, the round, the result bundle it re-reviews (its SHA-256), the
 * office's objection id and the application, the outcome, its effect on the list and the
 * committee's written opinion. docs/result-bundle-format.md, "Re-review act".
 */
import { z } from 'zod';
import {
  BundleIdText,
  FingerprintText,
  Hex128,
  Hex256,
  SignatureText,
} from '../bundle/bundle-fields';
import { SignedRosterStatementSchema } from '../bundle/roster-statement';
import { CommitteeSignerRoleSchema } from './result-bundle-content';

export const RE_REVIEW_STATEMENT_FORMAT = 'qb-re-review';
export const RE_REVIEW_ACT_FORMAT = 'qb-re-review-act';
export const MAX_RE_REVIEW_OPINION_CHARS = 5000;

/** 异议成立 or 异议不成立. */
export const ReReviewOutcomeSchema = z.enum(['objection-upheld', 'objection-rejected']);
export type ReReviewOutcome = z.infer<typeof ReReviewOutcomeSchema>;

/** What it does to the application's place: 保留 (kept as it stands) or 移出名单 (taken off). */
export const ReReviewEffectSchema = z.enum(['keep', 'remove']);
export type ReReviewEffect = z.infer<typeof ReReviewEffectSchema>;

export const reReviewOutcomeLabels: Readonly<Record<ReReviewOutcome, { zh: string; en: string }>> =
  {
    'objection-upheld': { zh: '异议成立', en: 'Objection upheld' },
    'objection-rejected': { zh: '异议不成立', en: 'Objection rejected' },
  };

export const reReviewEffectLabels: Readonly<Record<ReReviewEffect, { zh: string; en: string }>> = {
  keep: { zh: '保留', en: 'Kept' },
  remove: { zh: '移出名单', en: 'Taken off the list' },
};

export const ReReviewStatementSchema = z
  .strictObject({
    format: z.literal(RE_REVIEW_STATEMENT_FORMAT),
    version: z.literal(1),
    caseId: Hex128,
    roundId: BundleIdText,
    /** SHA-256 of the result bundle whose list the objection was against. */
    resultDigest: Hex256,
    /** The office's id of the objection it investigated. */
    objectionId: BundleIdText,
    applicationId: BundleIdText,
    outcome: ReReviewOutcomeSchema,
    effect: ReReviewEffectSchema,
    /** 复核意见. */
    opinion: z.string().trim().min(1).max(MAX_RE_REVIEW_OPINION_CHARS),
    signer: z.strictObject({
      expertId: BundleIdText,
      fingerprint: FingerprintText,
      role: CommitteeSignerRoleSchema,
    }),
    /** The laptop's clock when signed: shown, never ordering. */
    decidedAt: z.iso.datetime({ offset: true }),
  })
  // An upheld objection takes the application off; a rejected one keeps it.
  .refine((s) => (s.outcome === 'objection-upheld') === (s.effect === 'remove'));
export type ReReviewStatement = z.infer<typeof ReReviewStatementSchema>;

/** The act as the file holds it (encrypted to the office and the signer). */
export const ReReviewActSchema = z.strictObject({
  format: z.literal(RE_REVIEW_ACT_FORMAT),
  version: z.literal(1),
  statement: ReReviewStatementSchema,
  /** The office's roster statement for the signer: their keys and committee seat. */
  roster: SignedRosterStatementSchema,
  /** Ed25519 by the signer over "QBCOMMITTEE re-review v1\0" ‖ canonical JSON of the statement. */
  signature: SignatureText,
});
export type ReReviewAct = z.infer<typeof ReReviewActSchema>;
