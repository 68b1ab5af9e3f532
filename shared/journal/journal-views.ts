/**
 * The journal as the renderer sees it over the `journal:` channels: whether the open package's
 * journal is open (and if not, why), its live records, a torn tail found on opening (told once),
 * and what a backup or restore did. Records hold the user's own words: they cross to the renderer
 * of the person who wrote them, never into a message or a log.
 */
import { z } from 'zod';
import {
  AnnotationDeletedEntrySchema,
  AnnotationEntrySchema,
  ReadingPositionEntrySchema,
  ReviewCommentEntrySchema,
  ReviewNoDiscussionEntrySchema,
  ReviewOverallEntrySchema,
  ReviewRecommendationEntrySchema,
  ReviewScoreEntrySchema,
} from './journal-entry';
import type { JournalEntry } from './journal-entry';
import { JournalRecordSchema } from './journal-record';

/**
 * What the renderer may append: the user's own kinds. A restore record is the journal's; the
 * signed kinds (undertaking, conflict) are made and signed in main (`review:` channels).
 */
export const JournalAppendEntrySchema = z.discriminatedUnion('kind', [
  AnnotationEntrySchema,
  AnnotationDeletedEntrySchema,
  ReadingPositionEntrySchema,
  ReviewScoreEntrySchema,
  ReviewCommentEntrySchema,
  ReviewOverallEntrySchema,
  ReviewRecommendationEntrySchema,
  ReviewNoDiscussionEntrySchema,
]);
export type JournalAppendEntry = z.infer<typeof JournalAppendEntrySchema>;

/**
 * What only main writes, through `appendSigned` after its own checks: every kind the renderer
 * may not append, but the journal's own restore record (the undertaking and conflicts it signs,
 * submissions, the deliberation's records, bundles imported and exported).
 */
export type MainWrittenEntry = Exclude<
  JournalEntry,
  JournalAppendEntry | { readonly kind: 'journal-restored' }
>;

const Count = z.number().int().nonnegative();
const Fingerprint = JournalRecordSchema.options[0].shape.author;

export const TornTailReportSchema = z.strictObject({
  droppedBytes: Count,
  lastRecordNumber: Count,
});

/** Why no journal is open: no package, no identity, or the identity is not the recipient. */
export const JournalClosedReasonSchema = z.enum([
  'no-package',
  'no-identity',
  'not-recipient',
  'unavailable',
]);
export type JournalClosedReason = z.infer<typeof JournalClosedReasonSchema>;

export const JournalStatusSchema = z.discriminatedUnion('open', [
  z.strictObject({
    open: z.literal(false),
    reason: JournalClosedReasonSchema,
    /** The package's recipient, when the unlocked identity is someone else. */
    recipient: Fingerprint.nullable(),
  }),
  z.strictObject({
    open: z.literal(true),
    caseId: JournalRecordSchema.options[0].shape.caseId,
    owner: Fingerprint,
    lastRecordNumber: Count,
    /** The live records (the last of each subject, none removed), in journal order. */
    records: z.array(JournalRecordSchema),
    /** An unfinished last write cut away on opening: given by the first status after it only. */
    tornTail: TornTailReportSchema.nullable(),
  }),
]);
export type JournalStatus = z.infer<typeof JournalStatusSchema>;

/** Which journal an edit was made in: main refuses it for any other. */
export const JournalTargetSchema = z.strictObject({
  caseId: JournalRecordSchema.options[0].shape.caseId,
  owner: Fingerprint,
});
export type JournalTarget = z.infer<typeof JournalTargetSchema>;

export const JournalAppendedSchema = z.strictObject({ record: JournalRecordSchema });
export type JournalAppended = z.infer<typeof JournalAppendedSchema>;

/** A backup written into the folder the dialog gave (its file name only); null: cancelled. */
export const JournalBackupOutcomeSchema = z.strictObject({
  backup: z.strictObject({ fileName: z.string(), lastRecordNumber: Count }).nullable(),
});
export type JournalBackupOutcome = z.infer<typeof JournalBackupOutcomeSchema>;

/** A backup restored (its last record, what this machine had seen before); null: cancelled. */
export const JournalRestoreOutcomeSchema = z.strictObject({
  restored: z.strictObject({ accepted: Count, previousHighest: Count.nullable() }).nullable(),
  status: JournalStatusSchema,
});
export type JournalRestoreOutcome = z.infer<typeof JournalRestoreOutcomeSchema>;
