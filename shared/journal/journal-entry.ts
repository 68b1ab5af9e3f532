/**
 * What a user's work on a case is made of, one kind of entry per thing they do. The journal
 * stores each as a record (journal-record.ts); `subjectOf` says which earlier entries a new one
 * replaces. Issue 10 added the review: the signed undertaking, a signed conflict declaration,
 * and per application and round each score, comment and decision as its own entry, so an edit
 * writes one small record and each field has its own saved state.
 */
import { z } from 'zod';
import { MAX_COMMENT_CHARS } from '../bundle/bundle-limits';
import { RecommendationSchema, SignedUndertakingSchema } from '../bundle/review-content';
import { SignedConflictDeclarationSchema } from '../review/conflict-declaration';
import { AnnotationSelectorsSchema } from './annotation-selector';
import {
  DELIBERATION_ENTRY_SCHEMAS,
  GroupBundleExportedEntrySchema,
  GroupReportsExportedEntrySchema,
  MemberBundlesImportedEntrySchema,
} from './deliberation-entries';
import {
  CommitteeReportsExportedEntrySchema,
  CommitteeSettingsEntrySchema,
  GroupBundlesImportedEntrySchema,
  ReReviewSignedEntrySchema,
  ResultBundleExportedEntrySchema,
} from './committee-entries';

/** Application and material ids as the case's manifest gives them (shared/domain/material.ts). */
const CaseItemId = z.string().min(1).max(64);
/** Ids the renderer draws for the user's own things (an annotation): random, URL-safe. */
export const JournalItemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A note's text: long enough for a paragraph of reasoning, bounded so a record stays small. */
export const NOTE_MAX_LENGTH = 10_000;

/** 批注: a note attached to a passage of a material (W3C Web Annotation: target and body). */
export const AnnotationEntrySchema = z.strictObject({
  kind: z.literal('annotation'),
  annotationId: JournalItemIdSchema,
  applicationId: CaseItemId,
  target: z.strictObject({
    /** The material's id in the case. */
    source: CaseItemId,
    selector: AnnotationSelectorsSchema,
  }),
  body: z.strictObject({
    type: z.literal('TextualBody'),
    value: z.string().max(NOTE_MAX_LENGTH),
  }),
});

/** An annotation removed: it replaces every earlier entry of the annotation. */
export const AnnotationDeletedEntrySchema = z.strictObject({
  kind: z.literal('annotation-deleted'),
  annotationId: JournalItemIdSchema,
});

/** 阅读位置: where the user stopped in one material, to return there. */
export const ReadingPositionEntrySchema = z.strictObject({
  kind: z.literal('reading-position'),
  applicationId: CaseItemId,
  materialId: CaseItemId,
  /** 1-based page of a PDF; absent for Word. */
  page: z.number().int().positive().optional(),
  /** How far down (the page, or the whole document), 0 to 1. */
  fraction: z.number().min(0).max(1),
});

/**
 * The journal was restored from the user's backup (written by the journal itself): which record
 * the backup ended at, and the highest this machine had seen of the case before, if any.
 */
export const JournalRestoredEntrySchema = z.strictObject({
  kind: z.literal('journal-restored'),
  accepted: z.number().int().nonnegative(),
  previousHighest: z.number().int().nonnegative().nullable(),
});

/**
 * 保密承诺 signed (Article 15): the round's text by its SHA-256, signed in main with the expert's
 * key; the renderer cannot append it (journal-views.ts). One per round.
 */
export const UndertakingSignedEntrySchema = z.strictObject({
  kind: z.literal('undertaking-signed'),
  undertaking: SignedUndertakingSchema,
});

/** 声明回避, signed in main: the application is closed to the expert from then on. */
export const ConflictDeclaredEntrySchema = z.strictObject({
  kind: z.literal('conflict-declared'),
  declaration: SignedConflictDeclarationSchema,
});

/** What every review entry is about: one application in one round (rounds keep apart). */
const ReviewPlace = {
  /** A round id (shared/domain/panel-id.ts): no ':' in it, so subjects never run together. */
  roundId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  applicationId: CaseItemId,
} as const;

/** A rubric criterion or part id (shared/domain/rubric.ts: lower-case slugs). */
const RubricItemId = z.string().regex(/^[a-z0-9-]{1,32}$/);

/** The highest a part's maximum could be; main checks the score against the round's rubric. */
export const REVIEW_SCORE_CEILING = 100;

/** 评分: one rubric part's points; null clears it (an unscored part is never 0). */
export const ReviewScoreEntrySchema = z.strictObject({
  kind: z.literal('review-score'),
  ...ReviewPlace,
  partId: RubricItemId,
  score: z.number().finite().min(0).max(REVIEW_SCORE_CEILING).nullable(),
});

/** 评语 on one criterion or one part of it. */
export const ReviewCommentEntrySchema = z.strictObject({
  kind: z.literal('review-comment'),
  ...ReviewPlace,
  /** The criterion's or the part's id (one id space in a rubric). */
  targetId: RubricItemId,
  text: z.string().max(MAX_COMMENT_CHARS),
});

/** 主要优点, 不足, 改进建议: the three fields of the overall comment. */
export const OverallFieldSchema = z.enum(['strengths', 'weaknesses', 'suggestions']);
export type OverallField = z.infer<typeof OverallFieldSchema>;

/** 总体评价: one of its three fields. */
export const ReviewOverallEntrySchema = z.strictObject({
  kind: z.literal('review-overall'),
  ...ReviewPlace,
  field: OverallFieldSchema,
  text: z.string().max(MAX_COMMENT_CHARS),
});

/** 推荐意见; null takes the choice back. */
export const ReviewRecommendationEntrySchema = z.strictObject({
  kind: z.literal('review-recommendation'),
  ...ReviewPlace,
  recommendation: RecommendationSchema.nullable(),
});

/** 无需讨论: the expert sees no need to discuss the application in the deliberation. */
export const ReviewNoDiscussionEntrySchema = z.strictObject({
  kind: z.literal('review-no-discussion'),
  ...ReviewPlace,
  noDiscussionNeeded: z.boolean(),
});

/**
 * 已提交: main wrote the round's review bundle (issue 10, point 5). The sequence is the bundle's
 * per-expert number, the next being one above the highest; the review of the round stays locked
 * until a `review-reopened` of this sequence. Written by main only.
 */
export const ReviewSubmittedEntrySchema = z.strictObject({
  kind: z.literal('review-submitted'),
  roundId: ReviewPlace.roundId,
  sequence: z.number().int().positive(),
  /** SHA-256 (hex) of the bundle's bytes as written. */
  bundleSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's name in the folder chosen (never the folder: a path is not the journal's). */
  fileName: z.string().min(1).max(200),
});

/** The expert reopened the round's review after submitting `sequence`: edits are taken again. */
export const ReviewReopenedEntrySchema = z.strictObject({
  kind: z.literal('review-reopened'),
  roundId: ReviewPlace.roundId,
  sequence: z.number().int().positive(),
});

export const JOURNAL_ENTRY_SCHEMAS = [
  AnnotationEntrySchema,
  AnnotationDeletedEntrySchema,
  ReadingPositionEntrySchema,
  JournalRestoredEntrySchema,
  UndertakingSignedEntrySchema,
  ConflictDeclaredEntrySchema,
  ReviewScoreEntrySchema,
  ReviewCommentEntrySchema,
  ReviewOverallEntrySchema,
  ReviewRecommendationEntrySchema,
  ReviewNoDiscussionEntrySchema,
  ReviewSubmittedEntrySchema,
  ReviewReopenedEntrySchema,
  ...DELIBERATION_ENTRY_SCHEMAS,
  MemberBundlesImportedEntrySchema,
  GroupBundleExportedEntrySchema,
  GroupReportsExportedEntrySchema,
  GroupBundlesImportedEntrySchema,
  CommitteeSettingsEntrySchema,
  ResultBundleExportedEntrySchema,
  ReReviewSignedEntrySchema,
  CommitteeReportsExportedEntrySchema,
] as const;

export const JournalEntrySchema = z.discriminatedUnion('kind', JOURNAL_ENTRY_SCHEMAS);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type JournalEntryKind = JournalEntry['kind'];
export type AnnotationEntry = z.infer<typeof AnnotationEntrySchema>;
export type ReadingPositionEntry = z.infer<typeof ReadingPositionEntrySchema>;
export type UndertakingSignedEntry = z.infer<typeof UndertakingSignedEntrySchema>;
export type ConflictDeclaredEntry = z.infer<typeof ConflictDeclaredEntrySchema>;
export type ReviewScoreEntry = z.infer<typeof ReviewScoreEntrySchema>;
export type ReviewCommentEntry = z.infer<typeof ReviewCommentEntrySchema>;
export type ReviewOverallEntry = z.infer<typeof ReviewOverallEntrySchema>;
export type ReviewRecommendationEntry = z.infer<typeof ReviewRecommendationEntrySchema>;
export type ReviewNoDiscussionEntry = z.infer<typeof ReviewNoDiscussionEntrySchema>;
export type ReviewSubmittedEntry = z.infer<typeof ReviewSubmittedEntrySchema>;
export type ReviewReopenedEntry = z.infer<typeof ReviewReopenedEntrySchema>;
/** The entries the expert edits on the review screen, one field each. */
export type ReviewEditEntry =
  | ReviewScoreEntry
  | ReviewCommentEntry
  | ReviewOverallEntry
  | ReviewRecommendationEntry
  | ReviewNoDiscussionEntry;

/**
 * What an entry is about: a later entry with the same subject replaces an earlier one, so only
 * the last of each subject is live (compaction keeps those; hydration folds over them).
 */
export function subjectOf(entry: JournalEntry): string {
  switch (entry.kind) {
    case 'annotation':
    case 'annotation-deleted':
      return `annotation:${entry.annotationId}`;
    case 'reading-position':
      return `reading-position:${entry.materialId}`;
    case 'journal-restored':
      return 'journal-restored';
    case 'undertaking-signed':
      return `undertaking:${entry.undertaking.statement.roundId}`;
    case 'conflict-declared':
      return `conflict:${entry.declaration.statement.applicationId}`;
    case 'review-score':
      return `review-score:${entry.roundId}:${entry.applicationId}:${entry.partId}`;
    case 'review-comment':
      return `review-comment:${entry.roundId}:${entry.applicationId}:${entry.targetId}`;
    case 'review-overall':
      return `review-overall:${entry.roundId}:${entry.applicationId}:${entry.field}`;
    case 'review-recommendation':
      return `review-recommendation:${entry.roundId}:${entry.applicationId}`;
    case 'review-no-discussion':
      return `review-no-discussion:${entry.roundId}:${entry.applicationId}`;
    case 'review-submitted':
      return `review-submitted:${entry.roundId}:${entry.sequence}`;
    case 'review-reopened':
      return `review-reopened:${entry.roundId}:${entry.sequence}`;
    case 'deliberation-score-change':
    case 'deliberation-deviation-explanation':
    case 'deliberation-discussion-note':
    case 'deliberation-skip-discussion':
    case 'deliberation-absence':
    case 'deliberation-ballot':
    case 'deliberation-dissent':
    case 'deliberation-consensus':
    case 'deliberation-decision':
      // Every record stays: numbered in the round, none replaces another.
      return `deliberation:${entry.roundId}:${entry.number}`;
    case 'member-bundles-imported':
      return `member-bundles:${entry.roundId}:${entry.bundles[0]?.sha256 ?? ''}`;
    case 'group-bundle-exported':
      return `group-bundle-exported:${entry.roundId}:${entry.groupId}:${entry.sequence}`;
    case 'group-reports-exported':
      return `group-reports-exported:${entry.roundId}:${entry.groupId}:${entry.sequence}`;
    case 'group-bundles-imported':
      return `group-bundles:${entry.roundId}:${entry.bundles[0]?.sha256 ?? ''}`;
    case 'committee-settings':
      // The last is in force; compaction keeps it alone.
      return `committee-settings:${entry.roundId}`;
    case 'result-bundle-exported':
      return `result-bundle-exported:${entry.roundId}:${entry.sequence}`;
    case 're-review-signed':
      return `re-review-signed:${entry.roundId}:${entry.actSha256}`;
    case 'committee-reports-exported':
      return `committee-reports-exported:${entry.roundId}:${entry.sequence}`;
    default: {
      const unknownKind: never = entry;
      throw new Error(`no subject for ${String((unknownKind as JournalEntry).kind)}`);
    }
  }
}

/** Whether the entry only removes its subject (nothing of it stays live). */
export function isRemoval(entry: JournalEntry): boolean {
  return entry.kind === 'annotation-deleted';
}
