/**
 * The group leader's deliberation (合议, issue 11 point 1) in the journal, written by main only
 * (never through `journal:append`): one entry per deliberation record, of kind
 * `deliberation-<record kind>`, whose `record` is the record exactly as DeliberationRecordSchema
 * (shared/merge/deliberation-records.ts) parses it, with the round and its number in the
 * round's deliberation (1, 2, 3…: the order of the records, and what a refusal names); the
 * member review bundles admitted, by expert, sequence and SHA-256, so a reload knows which of
 * the stored files were merged; and each group bundle written (docs/journal-format.md).
 */
import { z } from 'zod';
import {
  AbsenceSchema,
  BallotSchema,
  ConsensusSchema,
  DecisionSchema,
  DeviationExplanationSchema,
  DiscussionNoteSchema,
  DissentSchema,
  ScoreChangeSchema,
  SkipDiscussionSchema,
} from '../merge/deliberation-records';
import type { DeliberationRecord } from '../merge/deliberation-records';

/** A round id (shared/domain/panel-id.ts): no ':' in it, so subjects never run together. */
const RoundId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const Sequence = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Fingerprint = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

function deliberationEntry<K extends string, R extends z.ZodType>(kind: K, record: R) {
  return z.strictObject({
    kind: z.literal(kind),
    roundId: RoundId,
    /** 1, 2, 3… in the round's deliberation, handed out by main: one above the highest. */
    number: Sequence,
    record,
  });
}

export const DeliberationScoreChangeEntrySchema = deliberationEntry(
  'deliberation-score-change',
  ScoreChangeSchema,
);
export const DeliberationDeviationExplanationEntrySchema = deliberationEntry(
  'deliberation-deviation-explanation',
  DeviationExplanationSchema,
);
export const DeliberationDiscussionNoteEntrySchema = deliberationEntry(
  'deliberation-discussion-note',
  DiscussionNoteSchema,
);
export const DeliberationSkipDiscussionEntrySchema = deliberationEntry(
  'deliberation-skip-discussion',
  SkipDiscussionSchema,
);
export const DeliberationAbsenceEntrySchema = deliberationEntry(
  'deliberation-absence',
  AbsenceSchema,
);
export const DeliberationBallotEntrySchema = deliberationEntry('deliberation-ballot', BallotSchema);
export const DeliberationDissentEntrySchema = deliberationEntry(
  'deliberation-dissent',
  DissentSchema,
);
export const DeliberationConsensusEntrySchema = deliberationEntry(
  'deliberation-consensus',
  ConsensusSchema,
);
export const DeliberationDecisionEntrySchema = deliberationEntry(
  'deliberation-decision',
  DecisionSchema,
);

/** One member review bundle admitted: by its author, sequence and the SHA-256 of its file. */
export const ImportedMemberBundleSchema = z.strictObject({
  expertId: z.string().min(1).max(64),
  /** The author's fingerprint, as the bundle's header and the roster statement name it. */
  fingerprint: Fingerprint,
  sequence: Sequence,
  sha256: Sha256,
});
export type ImportedMemberBundle = z.infer<typeof ImportedMemberBundleSchema>;

/**
 * Member review bundles admitted to the leader's deliberation in one import (all or none: one
 * record): the files are kept, as they came (signed, encrypted), in the app's data; this record
 * is what makes them part of the merge. A bundle is admitted once, so the first one's hash
 * names the import.
 */
export const MemberBundlesImportedEntrySchema = z.strictObject({
  kind: z.literal('member-bundles-imported'),
  roundId: RoundId,
  bundles: z.array(ImportedMemberBundleSchema).min(1).max(500),
});

/** A group bundle signed and written by main (`deliberation:exportGroupBundle`). */
export const GroupBundleExportedEntrySchema = z.strictObject({
  kind: z.literal('group-bundle-exported'),
  roundId: RoundId,
  groupId: z.string().min(1).max(64),
  /** The merger's own counter of group bundles of the group: one above the highest. */
  sequence: Sequence,
  bundleSha256: Sha256,
  /** SHA-256 of the merge's canonical JSON (the CLI's `mergeDigest`). */
  mergeDigest: Sha256,
  /** The file's name where it was written (never the folder). */
  fileName: z.string().min(1).max(200),
});

/**
 * The group leader's reports written by main on `deliberation:exportReports` (a deliberate
 * plaintext export, docs/security.md), as the chair's `committee-reports-exported`: the folder
 * made inside the one chosen (its name only, never the path), every file with the SHA-256 of the
 * bytes written, and the group bundle they were made from. Each export is its own record. Its
 * kind does not start with `deliberation-`: it is no deliberation record (isDeliberationEntry).
 */
export const GroupReportsExportedEntrySchema = z.strictObject({
  kind: z.literal('group-reports-exported'),
  roundId: RoundId,
  groupId: z.string().min(1).max(64),
  /** The export's number in the round and group: one above the highest recorded. */
  sequence: Sequence,
  /** The sequence of the group bundle (group-bundle-exported) the reports were made from. */
  groupBundleSequence: Sequence,
  /** SHA-256 of the merge's canonical JSON that bundle signed. */
  mergeDigest: Sha256,
  folderName: z.string().min(1).max(255),
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(200), sha256: Sha256 }))
    .min(1)
    .max(1000),
});

export const DELIBERATION_ENTRY_SCHEMAS = [
  DeliberationScoreChangeEntrySchema,
  DeliberationDeviationExplanationEntrySchema,
  DeliberationDiscussionNoteEntrySchema,
  DeliberationSkipDiscussionEntrySchema,
  DeliberationAbsenceEntrySchema,
  DeliberationBallotEntrySchema,
  DeliberationDissentEntrySchema,
  DeliberationConsensusEntrySchema,
  DeliberationDecisionEntrySchema,
] as const;

export type DeliberationEntry = z.infer<(typeof DELIBERATION_ENTRY_SCHEMAS)[number]>;
export type MemberBundlesImportedEntry = z.infer<typeof MemberBundlesImportedEntrySchema>;
export type GroupBundleExportedEntry = z.infer<typeof GroupBundleExportedEntrySchema>;
export type GroupReportsExportedEntry = z.infer<typeof GroupReportsExportedEntrySchema>;

/** The journal's kind of a deliberation record. */
export function deliberationEntryKind<R extends DeliberationRecord>(
  record: R,
): `deliberation-${R['kind']}` {
  return `deliberation-${record.kind}` as `deliberation-${R['kind']}`;
}

/** The journal entry of a deliberation record, numbered in its round. */
export function deliberationEntryOf(
  roundId: string,
  number: number,
  record: DeliberationRecord,
): DeliberationEntry {
  return { kind: deliberationEntryKind(record), roundId, number, record } as DeliberationEntry;
}

/** Whether an entry is a deliberation record. */
export function isDeliberationEntry(entry: { readonly kind: string }): entry is DeliberationEntry {
  return entry.kind.startsWith('deliberation-');
}
