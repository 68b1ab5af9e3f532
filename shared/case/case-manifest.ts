/**
 * What a sealed case package (.qbcase) tells its one reader, inside the encrypted manifest
 * entry: which case it belongs to and its place in the sequence of that person's packages, the
 * round and its rubric (with the rubric's digest), the applications that person may see, the
 * materials by entry id, and their seats; since version 3 also the roster's and the office's
 * public keys, who may read each visible application's reviews, and the round's confidentiality
 * undertaking. No conflict is ever stated, and nothing of an application outside that person's
 * view is ever in it; what the reader lists still imply is in docs/case-format.md.
 */
import { z } from 'zod';
import { ApplicationSchema } from '../domain/application';
import type { Expert } from '../domain/expert';
import { groupExpertIds } from '../domain/group';
import type { GroupInRound } from '../domain/group-in-round';
import { MaterialKindSchema } from '../domain/material';
import { RoundSchema } from '../domain/round';
import { SignedRosterStatementSchema } from '../bundle/roster-statement';
import { RoundRuleSchema } from '../office/round-rule';
import {
  CaseManifestOfficeSchema,
  CaseManifestReviewReadersSchema,
  CaseManifestRosterEntrySchema,
  CaseManifestSeatSchema,
  CaseManifestUndertakingSchema,
} from './manifest-roster';
import { caseManifestRosterProblems } from './manifest-roster-check';

export * from './manifest-roster';
export { caseManifestRosterProblems } from './manifest-roster-check';

export const CASE_MANIFEST_FORMAT = 'qb-case-manifest';
/** Version 3 added roster, reviewReaders, undertaking and the office's keys (docs/case-format.md). */
export const CASE_MANIFEST_VERSION = 3;

const Id = z.string().min(1).max(64);

export const CaseManifestMaterialSchema = z.object({
  /** The package entry holding the bytes. */
  entryId: z.string().min(1).max(64),
  materialId: Id,
  applicationId: Id,
  kind: MaterialKindSchema,
  fileName: z.string().min(1).max(255),
  mediaType: z.string().max(127).optional(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A person of a group as packages name them: public facts only, the ones on their card. */
export const CaseManifestMemberSchema = z.object({
  expertId: Id,
  name: z.string(),
  fingerprint: z.string(),
});

/**
 * A group as one package describes it: the group in the round (shared/domain/group-in-round)
 * with its people's public facts, leader first, and only the applications the reader may see.
 * Built by caseManifestGroup, read back by groupInRoundOf.
 */
export const CaseManifestGroupSchema = z.object({
  id: Id,
  name: z.string(),
  leaderId: Id.optional(),
  /** The leader (when there is one) and the members, each once. */
  members: z.array(CaseManifestMemberSchema),
  applicationIds: z.array(Id),
});

export const CaseManifestSchema = z
  .object({
    format: z.literal(CASE_MANIFEST_FORMAT),
    version: z.literal(CASE_MANIFEST_VERSION),
    /** The case's stable id: the office workspace's, the same in every package of the case. */
    caseId: z.string().regex(/^[0-9a-f]{32}$/),
    /**
     * This person's package number in the case (1, 2, 3…): a reader keeps the highest it has
     * seen per case and round and refuses a lower one; never ordered by sealedAt.
     */
    packageSequence: z.number().int().positive(),
    /** SHA-256 (hex) of the round's rubric as canonical JSON (shared/domain/canonical-json). */
    rubricDigest: z.string().regex(/^[0-9a-f]{64}$/),
    year: z.number().int(),
    sealedAt: z.iso.datetime({ offset: true }),
    /** The office: its name, fingerprint and public keys (a reader of every review). */
    office: CaseManifestOfficeSchema,
    round: RoundSchema,
    recipient: z.object({
      expertId: Id,
      name: z.string(),
      fingerprint: z.string(),
      seats: z.array(CaseManifestSeatSchema),
    }),
    /** The groups this person sits in, each listing only applications this person may see. */
    groups: z.array(CaseManifestGroupSchema),
    applications: z.array(ApplicationSchema),
    materials: z.array(CaseManifestMaterialSchema),
    /**
     * Everyone whose key this reader needs to check or address a review: the chair, the
     * vice-chair, and the leader and members of every group in `groups`; the reader included.
     */
    roster: z.array(CaseManifestRosterEntrySchema),
    /** Per application in `applications`, in their order: who may read its reviews. */
    reviewReaders: z.array(CaseManifestReviewReadersSchema),
    /** 保密承诺: the round's confidentiality undertaking, as the office set it. */
    undertaking: CaseManifestUndertakingSchema,
    /**
     * 表决规则: the quorum and pass share the round's group ballots are counted with, as the office
     * set it (or the default). Sealing always writes it; absent in packages sealed before it, whose
     * rule is the default, two thirds each.
     */
    deliberationRule: RoundRuleSchema.optional(),
    /**
     * The office's signed roster statement for this person (docs/bundle-format.md): what their
     * review bundles carry so anyone can check the author without the package. Sealing always
     * writes it; optional while packages sealed before it are still in use.
     */
    rosterStatement: SignedRosterStatementSchema.optional(),
  })
  .superRefine((manifest, ctx) => {
    for (const problem of caseManifestRosterProblems(manifest)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
    }
  });
export type CaseManifest = z.infer<typeof CaseManifestSchema>;
export type CaseManifestMaterial = z.infer<typeof CaseManifestMaterialSchema>;
export type CaseManifestGroup = z.infer<typeof CaseManifestGroupSchema>;
export type CaseManifestMember = z.infer<typeof CaseManifestMemberSchema>;

/**
 * The manifest's entry for a group in the round: its people with their names and registered
 * fingerprints (empty when unknown), leader first, and of its applications only those in
 * `visible`, so a package never names an application its reader may not see, not even as an id.
 */
export function caseManifestGroup(
  group: GroupInRound,
  experts: ReadonlyMap<string, Pick<Expert, 'name' | 'keyFingerprint'>>,
  visible: ReadonlySet<string>,
): CaseManifestGroup {
  return {
    id: group.id,
    name: group.name,
    ...(group.leaderId === undefined ? {} : { leaderId: group.leaderId }),
    members: groupExpertIds(group).map((expertId) => ({
      expertId,
      name: experts.get(expertId)?.name ?? '',
      fingerprint: experts.get(expertId)?.keyFingerprint ?? '',
    })),
    applicationIds: group.applicationIds.filter((id) => visible.has(id)),
  };
}

/** The group in the round a package describes, as the one group model has it (the reader's view). */
export function groupInRoundOf(group: CaseManifestGroup): GroupInRound {
  return {
    id: group.id,
    name: group.name,
    ...(group.leaderId === undefined ? {} : { leaderId: group.leaderId }),
    memberIds: group.members.map((m) => m.expertId).filter((id) => id !== group.leaderId),
    applicationIds: [...group.applicationIds],
  };
}
