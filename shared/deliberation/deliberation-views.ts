/**
 * What the group leader's screen (合议, issue 11 point 1) gets from main: whether this person
 * chairs a deliberation in the open package, and if so the group's members and who submitted,
 * the applications they chair, the merge of the member bundles imported (shared/merge/
 * group-merge.ts), the deliberation records kept in the journal in order, what they make of the
 * merge (shared/merge/deliberation-summary.ts), the rule the ballots are counted with, and the
 * group bundles exported. The merge and the summary are computed in main from verified, signed
 * bundles and validated records; they are typed by shared/merge's own types and checked here
 * only as objects.
 */
import { z } from 'zod';
import { RoundKindSchema } from '../domain/round-kind';
import { RubricSchema } from '../domain/rubric';
import type { ApplicationDeliberation } from '../merge/deliberation-summary';
import { DeliberationRecordSchema } from '../merge/deliberation-records';
import { FractionSchema } from '../merge/group-bundle-content';
import type { GroupMerge } from '../merge/group-merge';

const derived = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null);
const Id = z.string().min(1).max(64);
const Hex256 = z.string().regex(/^[0-9a-f]{64}$/);
const Sequence = z.number().int().positive();
/** A file's name as written or read (no folder, no separator). */
const FileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:\0]+$/);

/** Why there is no deliberation to show. */
export const DeliberationUnavailableSchema = z.enum([
  /** No package is open on the desk. */
  'no-package',
  /** No identity, or another person's, is unlocked: the journal and the signature need it. */
  'no-identity',
  /** The package was opened with its passphrase alone: nothing can be signed. */
  'passphrase-only',
  /** This person neither leads the group nor stands in for any application of the package. */
  'not-chairing',
]);
export type DeliberationUnavailable = z.infer<typeof DeliberationUnavailableSchema>;

/**
 * The round's quorum and pass threshold. `source` is 'manifest' when the package carries the
 * round's rule (the office set it, or sealing wrote the default), 'default' (two thirds each,
 * shared/domain/deliberation.ts) for a package sealed before manifests carried one.
 */
export const DeliberationRuleViewSchema = z.strictObject({
  quorum: FractionSchema,
  pass: FractionSchema,
  source: z.enum(['default', 'manifest']),
});
export type DeliberationRuleView = z.infer<typeof DeliberationRuleViewSchema>;

/** A member bundle by its sequence and the SHA-256 of its file. */
const BundleRefSchema = z.strictObject({ sequence: Sequence, sha256: Hex256 });

/** A person of the group, with the bundle merged of theirs (the highest sequence) and the rest. */
export const DeliberationMemberSchema = z.strictObject({
  expertId: Id,
  name: z.string().max(200),
  fingerprint: z.string().max(40),
  role: z.enum(['leader', 'member']),
  /** Null: no bundle imported (未提交). */
  submitted: z
    .strictObject({
      sequence: Sequence,
      sha256: Hex256,
      /** Earlier sequences imported, lowest first: shown as 已被替代. */
      superseded: z.array(BundleRefSchema).max(1000),
    })
    .nullable(),
});
export type DeliberationMember = z.infer<typeof DeliberationMemberSchema>;

/** An application whose deliberation this person chairs. */
export const DeliberationApplicationSchema = z.strictObject({
  applicationId: Id,
  applicationNo: z.string().max(100),
  applicantName: z.string().max(500),
  experienceTitle: z.string().max(500),
  /** 组长, or 代行组长 where the office designated this person because the leader is in conflict. */
  chairRole: z.enum(['leader', 'stand-in']),
  /**
   * The deliberation is open: it has at least one record. From then on a member bundle that
   * would change this application's merge is refused (`deliberation-member-frozen`).
   */
  opened: z.boolean(),
});
export type DeliberationApplication = z.infer<typeof DeliberationApplicationSchema>;

/** One deliberation record as the journal keeps it. */
export const DeliberationEntryViewSchema = z.strictObject({
  /** 1, 2, 3… in the round's deliberation: the number a refusal (`merge-records-invalid`) names. */
  number: Sequence,
  /** When it was written, by the laptop's clock: shown only. */
  at: z.iso.datetime({ offset: true }),
  record: DeliberationRecordSchema,
});
export type DeliberationEntryView = z.infer<typeof DeliberationEntryViewSchema>;

/** A group bundle this person exported. */
export const GroupBundleExportSchema = z.strictObject({
  sequence: Sequence,
  fileName: FileName,
  sha256: Hex256,
  /** SHA-256 of the merge's canonical JSON: the CLI's `mergeDigest` for the same bundles. */
  mergeDigest: Hex256,
  at: z.iso.datetime({ offset: true }),
});
export type GroupBundleExport = z.infer<typeof GroupBundleExportSchema>;

/**
 * A reports export as the journal remembers it (`group-reports-exported`): the folder made inside
 * the one chosen (its name only), every file with its SHA-256, and the group bundle they show.
 */
export const GroupReportsExportedSchema = z.strictObject({
  sequence: Sequence,
  folderName: z.string().min(1).max(255),
  files: z.array(z.strictObject({ name: FileName, sha256: Hex256 })).max(1000),
  /** The sequence of the group bundle exported they were made from, and its merge digest. */
  groupBundleSequence: Sequence,
  mergeDigest: Hex256,
  at: z.iso.datetime({ offset: true }),
});
export type GroupReportsExported = z.infer<typeof GroupReportsExportedSchema>;

export const DeliberationStateSchema = z.discriminatedUnion('available', [
  z.strictObject({ available: z.literal(false), reason: DeliberationUnavailableSchema }),
  z.strictObject({
    available: z.literal(true),
    caseId: z.string().regex(/^[0-9a-f]{32}$/),
    round: z.strictObject({ id: Id, kind: RoundKindSchema, name: z.string().max(100) }),
    /** The round's rubric from the package: the matrix's criteria and parts, the maximum. */
    rubric: RubricSchema,
    group: z.strictObject({ id: Id, name: z.string().max(100) }),
    /** The person chairing: the leader, or the stand-in. */
    merger: z.strictObject({ expertId: Id, fingerprint: z.string().max(40) }),
    rule: DeliberationRuleViewSchema,
    /** By expert id. */
    members: z.array(DeliberationMemberSchema).max(100),
    /** By application id, as the merge orders them. */
    applications: z.array(DeliberationApplicationSchema).max(10_000),
    /** The merge of the bundles imported (every member missing before the first import). */
    merge: derived<GroupMerge>(),
    /** SHA-256 of the merge's canonical JSON (the CLI's `mergeDigest`). */
    mergeDigest: Hex256,
    /** Per application, in the merge's order: what the records make of it. */
    deliberation: z.array(derived<ApplicationDeliberation>()).max(10_000),
    /** The round's deliberation records, in order. */
    records: z.array(DeliberationEntryViewSchema).max(10_000),
    /** Group bundles exported, lowest sequence first. */
    exports: z.array(GroupBundleExportSchema).max(1000),
    /** The group's reports exported, lowest sequence first. */
    reportExports: z.array(GroupReportsExportedSchema).max(1000),
  }),
]);
export type DeliberationState = z.infer<typeof DeliberationStateSchema>;
export type AvailableDeliberation = Extract<DeliberationState, { available: true }>;

/** One member bundle of an import: new (and which sequence it supersedes) or already held. */
export const ImportedBundleSchema = z.strictObject({
  expertId: Id,
  sequence: Sequence,
  outcome: z.enum(['added', 'already-present']),
  supersedes: Sequence.nullable(),
});
export type ImportedBundle = z.infer<typeof ImportedBundleSchema>;
