/**
 * The result bundle's plain data (docs/result-bundle-format.md): the signed header anyone can read
 * (case, round and its kind, rubric digest, the signer's sequence, keys, role and roster
 * statement, every embedded group bundle by group, merger, sequence, hash and length, the merge
 * section's and each application section's lengths, hash and readers commitment) and the
 * sections' plaintext: the whole committee merge, and per application its view of it, each
 * readable only by those allowed.
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
import { MAX_BUNDLE_BYTES, MAX_SECTIONS } from '../bundle/bundle-limits';
import { SectionReadersSchema } from '../bundle/review-content';
import { SignedRosterStatementSchema } from '../bundle/roster-statement';
import { RoundKindSchema } from '../domain/round-kind';

export const RESULT_BUNDLE_FORMAT = 'qb-result-bundle';
export const RESULT_SECTION_FORMAT = 'qb-result-section';
/** Group bundles one result bundle may embed (every sequence given, of every merger). */
export const MAX_GROUP_BUNDLES = 64;

export const CommitteeSignerRoleSchema = z.enum(['chair', 'vice-chair-acting']);

/** One embedded group bundle, in the order they follow the header. */
export const EmbeddedGroupSchema = z.strictObject({
  groupId: BundleIdText,
  /** The group bundle's merger: the leader, or a stand-in. */
  expertId: BundleIdText,
  fingerprint: FingerprintText,
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** SHA-256 (hex) of the group bundle's file. */
  sha256: Hex256,
  length: z.number().int().positive().max(MAX_BUNDLE_BYTES),
});
export type EmbeddedGroup = z.infer<typeof EmbeddedGroupSchema>;

export const ResultBundleHeaderSchema = z.strictObject({
  format: z.literal(RESULT_BUNDLE_FORMAT),
  version: z.literal(1),
  bundleId: Hex128,
  caseId: Hex128,
  roundId: BundleIdText,
  roundKind: RoundKindSchema,
  rubricDigest: Hex256,
  /** The signer's own counter of result bundles in the case and round; never a clock. */
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  signer: PersonKeysSchema,
  /** 主任委员, or 副主任委员 acting for the chair: as the roster statement seats them. */
  signerRole: CommitteeSignerRoleSchema,
  /** The office's roster statement for the signer. */
  roster: SignedRosterStatementSchema,
  /** Sorted by group id, merger fingerprint, then sequence. */
  groups: z.array(EmbeddedGroupSchema).min(1).max(MAX_GROUP_BUNDLES),
  /** The whole merge's section (section 0 in key derivation of its own part). */
  mergeSection: SectionRecordSchema,
  /** One per application of the round, shuffled. */
  sections: z.array(SectionRecordSchema).min(1).max(MAX_SECTIONS),
});
export type ResultBundleHeader = z.infer<typeof ResultBundleHeaderSchema>;

/**
 * The merge section: the committee merge's canonical JSON (shared/committee/committee-merge.ts),
 * which an opener recomputes from the embedded group bundles and refuses if it differs, so it is
 * kept here as a JSON value and typed by that recomputation.
 */
export const ResultMergeSectionSchema = z.strictObject({
  format: z.literal(RESULT_SECTION_FORMAT),
  version: z.literal(1),
  kind: z.literal('merge'),
  readers: SectionReadersSchema,
  merge: z.json(),
});
export type ResultMergeSection = z.infer<typeof ResultMergeSectionSchema>;

/** One application's section: its view of the merge (application-view.ts). */
export const ResultApplicationSectionSchema = z.strictObject({
  format: z.literal(RESULT_SECTION_FORMAT),
  version: z.literal(1),
  kind: z.literal('application'),
  readers: SectionReadersSchema,
  applicationId: BundleIdText,
  view: z.json(),
});
export type ResultApplicationSection = z.infer<typeof ResultApplicationSectionSchema>;
