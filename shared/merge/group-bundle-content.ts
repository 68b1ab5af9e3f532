/**
 * The group bundle's plain data (docs/bundle-format.md, "Group bundle"): the signed header anyone
 * can read (case, round, rubric digest, group, the merger's sequence and keys, their roster
 * statement, every embedded member bundle by expert, sequence, hash and length, and each
 * section's lengths, hash and readers commitment, and in version 3 the key directory's entries)
 * and one section's plaintext: what an application's merge and deliberation are made of (the
 * group's people, the records, the rule; older versions also what they give), readable only by
 * its readers.
 */
import { z } from 'zod';
import {
  BundleIdText,
  FingerprintText,
  Hex128,
  Hex256,
  PersonKeysSchema,
} from '../bundle/bundle-fields';
import { SectionRecordSchema } from '../bundle/bundle-header';
import { jsonValue } from '../bundle/json-value';
import { MAX_BUNDLE_BYTES, MAX_SECTIONS } from '../bundle/bundle-limits';
import { SectionReadersSchema } from '../bundle/review-content';
import { SignedRosterStatementSchema } from '../bundle/roster-statement';
import { DeliberationRecordsSchema } from './deliberation-records';

/** An exact fraction, as shared/domain/deliberation.ts counts with: 0 < numerator ≤ denominator. */
export const FractionSchema = z
  .strictObject({
    numerator: z.number().int().positive().max(1000),
    denominator: z.number().int().positive().max(1000),
  })
  .refine((f) => f.numerator <= f.denominator);

export const GROUP_BUNDLE_FORMAT = 'qb-group-bundle';
export const GROUP_SECTION_FORMAT = 'qb-group-section';
/** Member bundles one group bundle may embed (every sequence given, of every member). */
export const MAX_MEMBER_BUNDLES = 128;

/** One embedded member review bundle, in the order they follow the header. */
export const EmbeddedMemberSchema = z.strictObject({
  expertId: BundleIdText,
  fingerprint: FingerprintText,
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** SHA-256 (hex) of the member bundle's file. */
  sha256: Hex256,
  length: z.number().int().positive().max(MAX_BUNDLE_BYTES),
});
export type EmbeddedMember = z.infer<typeof EmbeddedMemberSchema>;

/**
 * The key directory's entries in a version 3 header (docs/group-bundle-format.md, "The key
 * directory"): always this many, whoever reads, so the count does not tell how many distinct
 * readers (the office, the chair, the vice-chair, the merger) the bundle has.
 */
export const KEY_DIRECTORY_ENTRIES = 4;
/** One directory entry's age file: a few hundred bytes for 256 sections at most. */
export const MAX_DIRECTORY_ENTRY_BYTES = 8192;

/** One key directory entry: the length and SHA-256 (hex) of its age file. */
export const DirectoryRecordSchema = z.strictObject({
  length: z.number().int().positive().max(MAX_DIRECTORY_ENTRY_BYTES),
  sha256: Hex256,
});
export type DirectoryRecord = z.infer<typeof DirectoryRecordSchema>;

const headerFields = {
  format: z.literal(GROUP_BUNDLE_FORMAT),
  bundleId: Hex128,
  caseId: Hex128,
  roundId: BundleIdText,
  rubricDigest: Hex256,
  groupId: BundleIdText,
  /** The merger's own counter of group bundles in the case, round and group; never a clock. */
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** The leader, or the stand-in the office designated (each section says in which capacity). */
  merger: PersonKeysSchema,
  /** The office's roster statement for the merger. */
  roster: SignedRosterStatementSchema,
  /** Sorted by expert id, then sequence. */
  members: z.array(EmbeddedMemberSchema).max(MAX_MEMBER_BUNDLES),
  sections: z.array(SectionRecordSchema).min(1).max(MAX_SECTIONS),
};

/** The header version the writer writes: 3, with the key directory. */
export const GROUP_BUNDLE_VERSION = 3;

/**
 * Version 1 (older writers: no key directory; sections of version 1 or 2) or version 3 (the key
 * directory, between the header and the member bundles).
 */
export const GroupBundleHeaderSchema = z.discriminatedUnion('version', [
  z.strictObject({ ...headerFields, version: z.literal(1) }),
  z.strictObject({
    ...headerFields,
    version: z.literal(GROUP_BUNDLE_VERSION),
    directory: z.array(DirectoryRecordSchema).length(KEY_DIRECTORY_ENTRIES),
  }),
]);
export type GroupBundleHeader = z.infer<typeof GroupBundleHeaderSchema>;

/**
 * The age file key of one member section the merger opened for this application, named by the
 * member bundle (expert and sequence) and the section's SHA-256 in that bundle's signed header
 * (docs/group-bundle-format.md, "Member section keys"). A reader opens the section with it, with
 * no X25519: the age header MAC proves the key is the section's.
 */
export const CarriedMemberKeySchema = z.strictObject({
  expertId: BundleIdText,
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  section: Hex256,
  fileKey: Hex128,
});
export type CarriedMemberKey = z.infer<typeof CarriedMemberKeySchema>;

/**
 * The section version the writer writes: 3, slim (only what a reader cannot recompute). Version 2
 * (older writers) also holds the merge, the members' statuses and the deliberation, which the
 * reader recomputed and compared; version 1 carries no member section keys either.
 */
export const GROUP_SECTION_VERSION = 3;

/** One person of the group with their role: what the merge is recomputed over (GroupMemberFact). */
export const GroupPersonSchema = z.strictObject({
  expertId: BundleIdText,
  fingerprint: FingerprintText,
  role: z.enum(['leader', 'member']),
});

/** Who chaired the application's deliberation: the leader, or the designated stand-in. */
const ChairSchema = z.strictObject({
  expertId: BundleIdText,
  fingerprint: FingerprintText,
  role: z.enum(['leader', 'stand-in']),
});

/** The round's quorum and pass threshold the ballots were counted with. */
const RuleSchema = z.strictObject({ quorum: FractionSchema, pass: FractionSchema });

/**
 * A version 3 section: the inputs of the application's merge and deliberation, nothing computed
 * from them (docs/group-bundle-format.md, "Sections"). The reader recomputes the members'
 * statuses and the merge from the embedded member bundles and `people`, and the deliberation from
 * the merge, `records` and `rule`.
 */
export const GroupSectionV3Schema = z.strictObject({
  format: z.literal(GROUP_SECTION_FORMAT),
  version: z.literal(3),
  /** Sorted by expert id, sequence, then section hash. */
  memberKeys: z.array(CarriedMemberKeySchema).max(MAX_MEMBER_BUNDLES),
  applicationId: BundleIdText,
  readers: SectionReadersSchema,
  chair: ChairSchema,
  /** The group's people with their roles, sorted by expert id (the merge's members, statuses aside). */
  people: z.array(GroupPersonSchema).max(64),
  records: DeliberationRecordsSchema,
  rule: RuleSchema,
});

/**
 * A section of version 1 or 2 (older writers). `members`, `merge` and `deliberation` are what
 * shared/merge computes (group-merge.ts, deliberation-summary.ts); the reader recomputes them
 * and refuses the section if they differ, so they are kept as JSON values here.
 */
const OlderSectionFields = z.strictObject({
  format: z.literal(GROUP_SECTION_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  /** Version 2 only: sorted by expert id, sequence, then section hash. */
  memberKeys: z.array(CarriedMemberKeySchema).max(MAX_MEMBER_BUNDLES).optional(),
  applicationId: BundleIdText,
  readers: SectionReadersSchema,
  chair: ChairSchema,
  members: z.array(jsonValue()).max(64),
  merge: jsonValue(),
  records: DeliberationRecordsSchema,
  rule: RuleSchema,
  deliberation: jsonValue(),
});

export const OlderGroupSectionSchema = OlderSectionFields.refine(
  (section) => (section.version === 2) === (section.memberKeys !== undefined),
  { path: ['memberKeys'] },
);

export const GroupSectionSchema = z.union([GroupSectionV3Schema, OlderGroupSectionSchema]);
export type GroupSection = z.infer<typeof GroupSectionSchema>;
export type GroupSectionV3 = z.infer<typeof GroupSectionV3Schema>;
