/**
 * What a user's work on a case is made of, one kind of entry per thing they do. The journal
 * stores each as a record (journal-record.ts). The next issue adds scores, comments and
 * decisions to this union; `subjectOf` then says which earlier entries a new one replaces.
 */
import { z } from 'zod';
import { AnnotationSelectorsSchema } from './annotation-selector';

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

export const JOURNAL_ENTRY_SCHEMAS = [
  AnnotationEntrySchema,
  AnnotationDeletedEntrySchema,
  ReadingPositionEntrySchema,
  JournalRestoredEntrySchema,
] as const;

export const JournalEntrySchema = z.discriminatedUnion('kind', JOURNAL_ENTRY_SCHEMAS);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type JournalEntryKind = JournalEntry['kind'];
export type AnnotationEntry = z.infer<typeof AnnotationEntrySchema>;
export type ReadingPositionEntry = z.infer<typeof ReadingPositionEntrySchema>;

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
