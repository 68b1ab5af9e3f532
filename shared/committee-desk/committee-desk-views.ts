/**
 * The chair's screens' state and the shapes the `committee:` channels carry
 * (shared/ipc/committee-channels.ts): the groups and who submitted, the round's applications,
 * the chair's settings in force, the committee merge main computed, the result bundles and
 * re-review acts signed. Plain data, no keys, no paths.
 */
import { z } from 'zod';
import type { CommitteeMerge } from '../committee/committee-merge';

const Id = z.string().min(1).max(64);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Sequence = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const At = z.iso.datetime({ offset: true });

/** Which round a change is meant for: refused when another package is open since. */
export const Place = {
  caseId: z.string().regex(/^[0-9a-f]{32}$/),
  roundId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
} as const;

/**
 * The committee merge as main computed it with the tested core (shared/committee), from the
 * group bundles it verified: the channel checks it is plain JSON and types it by that core.
 */
const CommitteeMergeSchema = z.json() as unknown as z.ZodType<CommitteeMerge>;

export const CommitteeExclusionSchema = z.strictObject({
  applicationId: Id,
  /** 主任委员决定's written reason. */
  reason: z.string().trim().min(1).max(2000),
});

/** The chair's decisions the merge takes: the list's basis, quota, score line, exclusions. */
export const CommitteeDeskSettingsSchema = z.strictObject({
  basis: z.enum(['raw', 'normalised']),
  quota: z.number().int().positive().max(100_000).nullable(),
  scoreLine: z.number().min(0).max(1000).nullable(),
  exclusions: z.array(CommitteeExclusionSchema).max(1000),
});
export type CommitteeDeskSettings = z.infer<typeof CommitteeDeskSettingsSchema>;

export const CommitteeDeskUnavailableSchema = z.enum([
  'no-package',
  'no-identity',
  'passphrase-only',
  'not-chair',
]);
export type CommitteeDeskUnavailable = z.infer<typeof CommitteeDeskUnavailableSchema>;

/** A group of the round, the bundle the merge took for it, and who of it submitted. */
export const CommitteeGroupViewSchema = z.strictObject({
  groupId: Id,
  name: z.string().max(200),
  applicationCount: z.number().int().nonnegative(),
  /**
   * The group bundles the merge takes for the group, one per merger (a stand-in signs apart from
   * the leader), each with the earlier sequences it superseded; empty while none is imported.
   */
  bundles: z
    .array(
      z.strictObject({
        merger: z.strictObject({ expertId: Id, name: z.string().max(200) }),
        sequence: Sequence,
        sha256: Sha256,
        superseded: z.array(Sequence).max(64),
      }),
    )
    .max(64),
  /** The group's people; `submitted` the highest review bundle sequence the group bundle embeds. */
  members: z
    .array(
      z.strictObject({
        expertId: Id,
        name: z.string().max(200),
        leader: z.boolean(),
        submitted: Sequence.nullable(),
      }),
    )
    .max(100),
});
export type CommitteeGroupView = z.infer<typeof CommitteeGroupViewSchema>;

export const CommitteeApplicationFactSchema = z.strictObject({
  applicationId: Id,
  applicationNo: z.string().max(64),
  applicantName: z.string().max(500),
  experienceTitle: z.string().max(500),
  groupId: z.string().max(64),
});

export const ResultBundleExportSchema = z.strictObject({
  sequence: Sequence,
  fileName: z.string().min(1).max(200),
  sha256: Sha256,
  mergeDigest: Sha256,
  at: At,
});
export type ResultBundleExport = z.infer<typeof ResultBundleExportSchema>;

export const ReReviewOutcomeSchema = z.enum(['objection-upheld', 'objection-rejected']);

export const ReReviewSignedSchema = z.strictObject({
  objectionId: Id,
  applicationId: Id,
  outcome: ReReviewOutcomeSchema,
  resultDigest: Sha256,
  fileName: z.string().min(1).max(200),
  at: At,
});
export type ReReviewSigned = z.infer<typeof ReReviewSignedSchema>;

export const ReportsExportSchema = z.strictObject({
  /** The folder made inside the one chosen (its name only) and the files written. */
  folderName: z.string().min(1).max(255),
  files: z.array(z.string().min(1).max(255)).max(5000),
});

/**
 * A reports export as the journal remembers it (`committee-reports-exported`): the folder made
 * inside the one chosen (its name only), every file with its SHA-256, and the merge they show.
 */
export const ReportsExportedSchema = z.strictObject({
  sequence: Sequence,
  folderName: z.string().min(1).max(255),
  files: z.array(z.strictObject({ name: z.string().min(1).max(255), sha256: Sha256 })).max(1000),
  mergeDigest: Sha256,
  at: At,
});
export type ReportsExported = z.infer<typeof ReportsExportedSchema>;

export const AvailableCommitteeDeskSchema = z.strictObject({
  available: z.literal(true),
  caseId: Place.caseId,
  round: z.strictObject({
    id: Place.roundId,
    kind: z.enum(['material', 'defense']),
    name: z.string().max(200),
  }),
  signer: z.strictObject({
    expertId: Id,
    name: z.string().max(200),
    role: z.enum(['chair', 'vice-chair-acting']),
  }),
  groups: z.array(CommitteeGroupViewSchema).max(100),
  /** The rubric's criteria by id, as a tie's rule names them: （三）title. */
  criteria: z.array(z.strictObject({ id: Id, name: z.string().max(300) })).max(100),
  /** The round's applications as the signer's package names them, by 申报编号. */
  applications: z.array(CommitteeApplicationFactSchema).max(10_000),
  settings: CommitteeDeskSettingsSchema,
  /**
   * Null until the imported group bundles cover every application of the round: `waitingFor`
   * then names the applications (by 申报编号) no imported bundle holds yet.
   */
  merge: CommitteeMergeSchema.nullable(),
  waitingFor: z.array(z.string().max(64)).max(10_000),
  mergeDigest: Sha256.nullable(),
  exports: z.array(ResultBundleExportSchema).max(1000),
  reReviews: z.array(ReReviewSignedSchema).max(1000),
  /** The reports exported, lowest sequence first. */
  reportExports: z.array(ReportsExportedSchema).max(1000),
});
export type AvailableCommitteeDesk = z.infer<typeof AvailableCommitteeDeskSchema>;

export const CommitteeDeskStateSchema = z.union([
  z.strictObject({ available: z.literal(false), reason: CommitteeDeskUnavailableSchema }),
  AvailableCommitteeDeskSchema,
]);
export type CommitteeDeskState = z.infer<typeof CommitteeDeskStateSchema>;

export const ImportedGroupOutcomeSchema = z.strictObject({
  groupId: Id,
  sequence: Sequence,
  outcome: z.enum(['added', 'already-present']),
});
export type ImportedGroupOutcome = z.infer<typeof ImportedGroupOutcomeSchema>;

export const ReReviewRequestSchema = z.strictObject({
  ...Place,
  /** The office's objection id (异议编号), as its act names it. */
  objectionId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  applicationId: Id,
  outcome: ReReviewOutcomeSchema,
  opinion: z.string().trim().min(1).max(5000),
});
export type ReReviewRequest = z.infer<typeof ReReviewRequestSchema>;
