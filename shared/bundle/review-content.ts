/**
 * What an expert's review bundle holds, section by section (Article 19; issue 10, point 5): the
 * signed undertaking, per application either the review (scores and comments per criterion and
 * part of the round's rubric, the overall comment as 主要优点/不足/改进建议, a recommendation, the
 * optional 无需讨论 mark, the computed total) or the conflict the expert declared, and the hash
 * of every material reviewed. Plain data; the format is docs/bundle-format.md.
 */
import { z } from 'zod';
import { SignedConflictDeclarationSchema } from '../review/conflict-declaration';
import {
  BundleIdText,
  RoundIdText,
  FingerprintText,
  Hex128,
  Hex256,
  SignatureText,
} from './bundle-fields';
import { MAX_COMMENT_CHARS } from './bundle-limits';

const Comment = z.string().max(MAX_COMMENT_CHARS);

/** 保密承诺 as the expert signed it: the round's text by its hash, and when (shown, never ordering). */
export const UndertakingStatementSchema = z.strictObject({
  caseId: Hex128,
  roundId: RoundIdText,
  /** SHA-256 (hex) of the undertaking's text as the package carries it (UTF-8). */
  textSha256: Hex256,
  fingerprint: FingerprintText,
  /** The laptop's clock when signed: shown to readers, never used to order anything. */
  signedAt: z.iso.datetime({ offset: true }),
});
export type UndertakingStatement = z.infer<typeof UndertakingStatementSchema>;

/** The undertaking and the expert's Ed25519 signature (context `undertaking`) over its canonical JSON. */
export const SignedUndertakingSchema = z.strictObject({
  statement: UndertakingStatementSchema,
  signature: SignatureText,
});
export type SignedUndertaking = z.infer<typeof SignedUndertakingSchema>;

/** 推荐意见: the expert's recommendation (资料评审: to the defense; 答辩评审: as a benchmark). */
export const RecommendationSchema = z.enum(['recommend', 'not-recommend']);
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const recommendationLabels: Readonly<
  Record<'material' | 'defense', Record<Recommendation, { zh: string; en: string }>>
> = {
  material: {
    recommend: { zh: '推荐进入答辩', en: 'Recommend for the defense' },
    'not-recommend': { zh: '不推荐', en: 'Do not recommend' },
  },
  defense: {
    recommend: { zh: '推荐为质量标杆', en: 'Recommend as a benchmark' },
    'not-recommend': { zh: '不推荐', en: 'Do not recommend' },
  },
};

/** 总体评价: the overall comment in its three parts. */
export const OverallCommentSchema = z.strictObject({
  /** 主要优点 */
  strengths: Comment,
  /** 不足 */
  weaknesses: Comment,
  /** 改进建议 */
  suggestions: Comment,
});
export type OverallComment = z.infer<typeof OverallCommentSchema>;

/** 评审意见: one application scored and commented against the round's rubric. */
export const ApplicationReviewSchema = z.strictObject({
  kind: z.literal('review'),
  /** Rubric part id → points: every part of the rubric, none above its maximum. */
  partScores: z.record(BundleIdText, z.number().finite().min(0)),
  /** Rubric criterion or part id → its comment (criteria and parts share one id space). */
  comments: z.record(BundleIdText, Comment),
  overall: OverallCommentSchema,
  recommendation: RecommendationSchema,
  /** 无需讨论: the expert sees no need to discuss this application in the deliberation. */
  noDiscussionNeeded: z.boolean(),
  /** The sum of the part scores, computed by the writer (shared/scoring/total.ts), never typed. */
  total: z.number().finite().min(0),
});
export type ApplicationReview = z.infer<typeof ApplicationReviewSchema>;

/**
 * 声明回避: the expert declared a conflict with the application (their signed declaration, as
 * their journal keeps it: shared/review/conflict-declaration.ts); it was closed to them.
 */
export const DeclaredConflictSchema = z.strictObject({
  kind: z.literal('conflict'),
  declaration: SignedConflictDeclarationSchema,
});
export type DeclaredConflict = z.infer<typeof DeclaredConflictSchema>;

export const SectionOutcomeSchema = z.union([ApplicationReviewSchema, DeclaredConflictSchema]);
export type SectionOutcome = z.infer<typeof SectionOutcomeSchema>;

/** A material the expert reviewed, by the SHA-256 the package's manifest gives it. */
export const MaterialHashSchema = z.strictObject({ materialId: BundleIdText, sha256: Hex256 });
export type MaterialHash = z.infer<typeof MaterialHashSchema>;

/** The most readers a section lists, and the most materials it names. */
export const MAX_SECTION_READERS = 8;
export const MAX_SECTION_MATERIALS = 200;

/** Who a section is encrypted to, and the salt of the commitment the header signs. */
export const SectionReadersSchema = z.strictObject({
  salt: Hex256,
  /** The readers' fingerprints, sorted, each once. */
  fingerprints: z.array(FingerprintText).min(1).max(MAX_SECTION_READERS),
});
export type SectionReaders = z.infer<typeof SectionReadersSchema>;

export const REVIEW_SECTION_FORMAT = 'qb-review-section';

/** One section's plaintext: everything one application's readers may read. */
export const ReviewSectionSchema = z.strictObject({
  format: z.literal(REVIEW_SECTION_FORMAT),
  version: z.literal(1),
  applicationId: BundleIdText,
  readers: SectionReadersSchema,
  undertaking: SignedUndertakingSchema,
  materials: z.array(MaterialHashSchema).max(MAX_SECTION_MATERIALS),
  outcome: SectionOutcomeSchema,
});
export type ReviewSection = z.infer<typeof ReviewSectionSchema>;

/** What the expert's review of one application is, before it is sealed into its section. */
export interface ApplicationEntry {
  readonly applicationId: string;
  readonly materials: readonly MaterialHash[];
  readonly outcome: SectionOutcome;
}
