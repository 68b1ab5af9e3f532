/**
 * One record of the journal: an entry (journal-entry.ts) with what the journal adds to it when
 * it is appended: the case, the record's number in the journal, the time, and whose it is.
 */
import { z } from 'zod';
import {
  AnnotationDeletedEntrySchema,
  AnnotationEntrySchema,
  ConflictDeclaredEntrySchema,
  JournalRestoredEntrySchema,
  ReadingPositionEntrySchema,
  ReviewCommentEntrySchema,
  ReviewNoDiscussionEntrySchema,
  ReviewOverallEntrySchema,
  ReviewRecommendationEntrySchema,
  ReviewReopenedEntrySchema,
  ReviewScoreEntrySchema,
  ReviewSubmittedEntrySchema,
  UndertakingSignedEntrySchema,
  isRemoval,
  subjectOf,
} from './journal-entry';
import {
  DeliberationScoreChangeEntrySchema,
  DeliberationDeviationExplanationEntrySchema,
  DeliberationDiscussionNoteEntrySchema,
  DeliberationSkipDiscussionEntrySchema,
  DeliberationAbsenceEntrySchema,
  DeliberationBallotEntrySchema,
  DeliberationDissentEntrySchema,
  DeliberationConsensusEntrySchema,
  DeliberationDecisionEntrySchema,
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

export const JournalEnvelopeShape = {
  /** The case's stable id (the office workspace's, as in every package of the case). */
  caseId: z.string().regex(/^[0-9a-f]{32}$/),
  /** 1, 2, 3…, strictly increasing in the journal; a restore may skip numbers. */
  recordNumber: z.number().int().positive(),
  /** When it was written, by the laptop's clock: shown to the user, never used to order. */
  at: z.iso.datetime({ offset: true }),
  /** The author's fingerprint (the identity the journal belongs to). */
  author: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/),
} as const;

export type JournalEnvelope = z.infer<z.ZodObject<typeof JournalEnvelopeShape>>;

/** Every entry kind with the envelope; a new kind is added here and in the entry list. */
export const JournalRecordSchema = z.discriminatedUnion('kind', [
  AnnotationEntrySchema.extend(JournalEnvelopeShape),
  AnnotationDeletedEntrySchema.extend(JournalEnvelopeShape),
  ReadingPositionEntrySchema.extend(JournalEnvelopeShape),
  JournalRestoredEntrySchema.extend(JournalEnvelopeShape),
  UndertakingSignedEntrySchema.extend(JournalEnvelopeShape),
  ConflictDeclaredEntrySchema.extend(JournalEnvelopeShape),
  ReviewScoreEntrySchema.extend(JournalEnvelopeShape),
  ReviewCommentEntrySchema.extend(JournalEnvelopeShape),
  ReviewOverallEntrySchema.extend(JournalEnvelopeShape),
  ReviewRecommendationEntrySchema.extend(JournalEnvelopeShape),
  ReviewNoDiscussionEntrySchema.extend(JournalEnvelopeShape),
  ReviewSubmittedEntrySchema.extend(JournalEnvelopeShape),
  ReviewReopenedEntrySchema.extend(JournalEnvelopeShape),
  DeliberationScoreChangeEntrySchema.extend(JournalEnvelopeShape),
  DeliberationDeviationExplanationEntrySchema.extend(JournalEnvelopeShape),
  DeliberationDiscussionNoteEntrySchema.extend(JournalEnvelopeShape),
  DeliberationSkipDiscussionEntrySchema.extend(JournalEnvelopeShape),
  DeliberationAbsenceEntrySchema.extend(JournalEnvelopeShape),
  DeliberationBallotEntrySchema.extend(JournalEnvelopeShape),
  DeliberationDissentEntrySchema.extend(JournalEnvelopeShape),
  DeliberationConsensusEntrySchema.extend(JournalEnvelopeShape),
  DeliberationDecisionEntrySchema.extend(JournalEnvelopeShape),
  MemberBundlesImportedEntrySchema.extend(JournalEnvelopeShape),
  GroupBundleExportedEntrySchema.extend(JournalEnvelopeShape),
  GroupReportsExportedEntrySchema.extend(JournalEnvelopeShape),
  GroupBundlesImportedEntrySchema.extend(JournalEnvelopeShape),
  CommitteeSettingsEntrySchema.extend(JournalEnvelopeShape),
  ResultBundleExportedEntrySchema.extend(JournalEnvelopeShape),
  ReReviewSignedEntrySchema.extend(JournalEnvelopeShape),
  CommitteeReportsExportedEntrySchema.extend(JournalEnvelopeShape),
]);

export type JournalRecord = z.infer<typeof JournalRecordSchema>;

/**
 * The live records, in journal order: the last of each subject, without the ones that only
 * remove their subject.
 */
export function liveRecords<R extends JournalRecord>(records: readonly R[]): R[] {
  const last = new Map<string, number>();
  records.forEach((record, index) => last.set(subjectOf(record), index));
  return records.filter(
    (record, index) => last.get(subjectOf(record)) === index && !isRemoval(record),
  );
}
