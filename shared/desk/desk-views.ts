/**
 * What the expert's desk shows of an opened case package: the verified manifest's public parts
 * (the round, the seats, the applications with 申报编号, 申报单位 and 经验名称, the materials by kind,
 * name and size) and how it was opened. No key, no path: the package's own file name at most.
 * The core's desk answers with these shapes; the `desk:` channels carry them.
 */
import { z } from 'zod';
import { ExpertRoleSchema } from '../domain/expert';
import { MaterialKindSchema } from '../domain/material';
import { RoundKindSchema } from '../domain/round-kind';

const Id = z.string().min(1).max(64);
const Text = z.string().max(500);

export const DeskMaterialViewSchema = z.object({
  /** What `desk:readMaterial` takes. */
  id: Id,
  kind: MaterialKindSchema,
  name: Text,
  /** Bytes. */
  size: z.number().int().nonnegative(),
  mediaType: z.string().max(127).optional(),
});
export type DeskMaterialView = z.infer<typeof DeskMaterialViewSchema>;

export const DeskApplicationViewSchema = z.object({
  id: Id,
  /** 申报编号 */
  applicationNo: Text,
  /** 申报单位 */
  applicantName: Text,
  /** 经验名称 */
  experienceTitle: Text,
  materials: z.array(DeskMaterialViewSchema),
});
export type DeskApplicationView = z.infer<typeof DeskApplicationViewSchema>;

export const DeskSeatViewSchema = z.object({
  role: ExpertRoleSchema,
  groupId: Id.optional(),
  groupName: Text.optional(),
});
export type DeskSeatView = z.infer<typeof DeskSeatViewSchema>;

/** Which package is kept (docs/desk.md): the application ids in both, the older only, the newer only. */
export const DeskSequenceViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first') }),
  z.object({ kind: z.literal('same') }),
  z.object({
    kind: z.literal('newer'),
    previousSequence: z.number().int().nonnegative(),
    kept: z.array(Id),
    dropped: z.array(Id),
    added: z.array(Id),
  }),
]);
export type DeskSequenceView = z.infer<typeof DeskSequenceViewSchema>;

export const DeskPackageViewSchema = z.object({
  /** The package file's own name (e03.qbcase), never its folder. */
  fileName: Text,
  caseId: Id,
  packageId: Id,
  packageSequence: z.number().int().nonnegative(),
  year: z.number().int(),
  office: z.object({ name: Text, fingerprint: Text }),
  round: z.object({ id: Id, kind: RoundKindSchema, name: Text }),
  recipient: z.object({
    expertId: Id,
    name: Text,
    fingerprint: Text,
    seats: z.array(DeskSeatViewSchema),
  }),
  applications: z.array(DeskApplicationViewSchema),
  /** What unwrapped the case key. */
  unlockedWith: z.enum(['identity', 'passphrase']),
  /** False when opened with the package's passphrase alone: signing later needs the identity. */
  canSign: z.boolean(),
  /** 'pinned-now' the first time this case was opened on this machine. */
  pin: z.enum(['pinned-now', 'already-pinned']),
  sequence: DeskSequenceViewSchema,
});
export type DeskPackageView = z.infer<typeof DeskPackageViewSchema>;

export const DeskStatusSchema = z.object({
  /** The open package, or null. */
  opened: DeskPackageViewSchema.nullable(),
  /** The file name of the package last chosen in the dialog, which `retry` opens again. */
  chosenFile: Text.nullable(),
});
export type DeskStatus = z.infer<typeof DeskStatusSchema>;

/**
 * Where `desk:open` takes its package from: the dialog, the package chosen last (a retry), or a
 * file the person dropped on the window (its path given by the preload, see docs/desk.md).
 */
export const DeskPackageSourceSchema = z.enum(['dialog', 'last-chosen', 'dropped']);
export type DeskPackageSource = z.infer<typeof DeskPackageSourceSchema>;
