/**
 * What a sealed case package (.qbcase) tells its one reader, inside the encrypted manifest
 * entry: which case it belongs to and its place in the sequence of that person's packages, the
 * round and its rubric (with the rubric's digest), the applications that person may see, the
 * materials by entry id, and their seats. Nothing about anyone's conflicts, and nothing of an
 * application outside that person's view, is ever in it (docs/case-format.md, docs/office.md).
 */
import { z } from 'zod';
import { ApplicationSchema } from '../domain/application';
import { ExpertRoleSchema } from '../domain/expert';
import { MaterialKindSchema } from '../domain/material';
import { RoundSchema } from '../domain/round';

export const CASE_MANIFEST_FORMAT = 'qb-case-manifest';

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

export const CaseManifestSchema = z.object({
  format: z.literal(CASE_MANIFEST_FORMAT),
  version: z.literal(2),
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
  office: z.object({ name: z.string(), fingerprint: z.string() }),
  round: RoundSchema,
  recipient: z.object({
    expertId: Id,
    name: z.string(),
    fingerprint: z.string(),
    seats: z.array(z.object({ role: ExpertRoleSchema, groupId: Id.optional() })),
  }),
  /** The groups this person sits in, each listing only applications this person may see. */
  groups: z.array(
    z.object({
      id: Id,
      name: z.string(),
      leaderId: Id.optional(),
      members: z.array(z.object({ expertId: Id, name: z.string(), fingerprint: z.string() })),
      applicationIds: z.array(Id),
    }),
  ),
  applications: z.array(ApplicationSchema),
  materials: z.array(CaseManifestMaterialSchema),
});
export type CaseManifest = z.infer<typeof CaseManifestSchema>;
export type CaseManifestMaterial = z.infer<typeof CaseManifestMaterialSchema>;
