/**
 * The chair's committee work (issue 11 point 2) in the journal, written by main only (never
 * through `journal:append`): the group bundles imported (by group, merger, sequence and SHA-256,
 * so a reload knows which kept files are merged), the chair's decisions the merge takes (the
 * list's basis, quota and score line, the committee's exclusions with their written reasons:
 * the last record is the one in force), each result bundle signed and written, and each
 * re-review act of an objection signed (docs/committee-desk.md).
 */
import { z } from 'zod';

const RoundId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const Sequence = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Fingerprint = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
const Id = z.string().min(1).max(64);
const FileName = z.string().min(1).max(200);

/** One group bundle admitted to the committee's merge. */
export const ImportedGroupBundleSchema = z.strictObject({
  groupId: Id,
  /** The leader or stand-in who signed it. */
  expertId: Id,
  fingerprint: Fingerprint,
  sequence: Sequence,
  sha256: Sha256,
});
export type ImportedGroupBundle = z.infer<typeof ImportedGroupBundleSchema>;

/** Group bundles admitted in one import (all or none: one record). */
export const GroupBundlesImportedEntrySchema = z.strictObject({
  kind: z.literal('group-bundles-imported'),
  roundId: RoundId,
  bundles: z.array(ImportedGroupBundleSchema).min(1).max(64),
});

/** 主任委员决定: an application the committee takes off the list, with its written reason. */
export const CommitteeExclusionEntrySchema = z.strictObject({
  applicationId: Id,
  reason: z.string().trim().min(1).max(2000),
});

/** The chair's settings for the list as now in force (the last such record of the round). */
export const CommitteeSettingsEntrySchema = z.strictObject({
  kind: z.literal('committee-settings'),
  roundId: RoundId,
  basis: z.enum(['raw', 'normalised']),
  quota: z.number().int().positive().max(100_000).nullable(),
  scoreLine: z.number().min(0).max(1000).nullable(),
  exclusions: z.array(CommitteeExclusionEntrySchema).max(1000),
});

/** A result bundle signed and written by main. */
export const ResultBundleExportedEntrySchema = z.strictObject({
  kind: z.literal('result-bundle-exported'),
  roundId: RoundId,
  /** The signer's own counter of result bundles of the round. */
  sequence: Sequence,
  bundleSha256: Sha256,
  /** SHA-256 of the committee merge's canonical JSON. */
  mergeDigest: Sha256,
  fileName: FileName,
});

/** A re-review act of an objection signed and written by main. */
export const ReReviewSignedEntrySchema = z.strictObject({
  kind: z.literal('re-review-signed'),
  roundId: RoundId,
  objectionId: Id,
  applicationId: Id,
  outcome: z.enum(['objection-upheld', 'objection-rejected']),
  /** The result bundle the act names. */
  resultDigest: Sha256,
  actSha256: Sha256,
  fileName: FileName,
});

/** One report file written, by the name it has in the export's folder and its bytes' SHA-256. */
export const ReportFileWrittenSchema = z.strictObject({
  name: FileName,
  sha256: Sha256,
});

/**
 * The chair's reports written by main (a deliberate plaintext export, docs/security.md): the
 * folder made inside the one chosen (its name only, never the path), every file with its SHA-256,
 * and the committee merge they were made from. Each export is its own record.
 */
export const CommitteeReportsExportedEntrySchema = z.strictObject({
  kind: z.literal('committee-reports-exported'),
  roundId: RoundId,
  /** The export's number in the round: one above the highest recorded. */
  sequence: Sequence,
  /** SHA-256 of the committee merge's canonical JSON the reports were made from. */
  mergeDigest: Sha256,
  folderName: z.string().min(1).max(255),
  files: z.array(ReportFileWrittenSchema).min(1).max(1000),
});

export type GroupBundlesImportedEntry = z.infer<typeof GroupBundlesImportedEntrySchema>;
export type CommitteeSettingsEntry = z.infer<typeof CommitteeSettingsEntrySchema>;
export type ResultBundleExportedEntry = z.infer<typeof ResultBundleExportedEntrySchema>;
export type ReReviewSignedEntry = z.infer<typeof ReReviewSignedEntrySchema>;
export type CommitteeReportsExportedEntry = z.infer<typeof CommitteeReportsExportedEntrySchema>;
