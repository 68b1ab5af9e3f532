/**
 * What the office's desk answers (and the office's screens receive over IPC): the OfficeRecord
 * itself (it is the office's own data) plus what main derives from it, so the renderer never
 * recomputes rules differently. Outside shared/ipc: the core services return these shapes, and
 * the core never imports the channel map.
 */
import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';
import { RecommendingUnitSchema } from '../domain/recommending-unit';
import type { ConflictSuggestion } from './conflict-suggestions';
import type { FormalCheckResult } from './formal-check';
import { OfficeRecordFieldsSchema } from './office-record-fields';
import type { QuotaReport } from './quota';
import type { SealingProblem } from './visibility';

export const IntakeProblemViewSchema = z.object({
  category: z.string(),
  label: z.string(),
  effect: z.string(),
  archiveName: z.string(),
  entryPath: z.string().nullable(),
  message: z.string(),
});

export const IntakeReportViewSchema = z.object({
  sourceName: z.string(),
  applicationNo: z.string().nullable(),
  applicantName: z.string().nullable(),
  applicationId: z.string().nullable(),
  refused: z.boolean(),
  added: z.number().int(),
  duplicates: z.number().int(),
  problems: z.array(IntakeProblemViewSchema),
});
export type IntakeReportView = z.infer<typeof IntakeReportViewSchema>;

export const OfficeStatusSchema = z.object({
  open: z.boolean(),
  year: z.number().int().optional(),
  workspaceName: z.string().optional(),
  officeName: z.string().optional(),
  officeFingerprint: z.string().optional(),
});
export type OfficeStatus = z.infer<typeof OfficeStatusSchema>;

/** A file the renderer read from a drop or a file input, sent whole to main. */
export const DroppedFileSchema = z.object({
  name: z.string().min(1).max(255),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= 2 ** 30, schemaRule('file-over-1-gib')),
});

export const RegisterReportViewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int(),
  imported: z.number().int(),
  skipped: z.array(z.object({ rowNumber: z.number().int(), messages: z.array(z.string()) })),
  registerOnly: z.array(z.string()),
  archiveOnly: z.array(z.string()),
  nameMismatches: z.array(
    z.object({ applicationNo: z.string(), register: z.string(), archive: z.string() }),
  ),
});
export type RegisterReportView = z.infer<typeof RegisterReportViewSchema>;

export const SealReportViewSchema = z.object({
  roundId: z.string(),
  outputFolder: z.string(),
  packages: z.array(
    z.object({
      expertId: z.string(),
      name: z.string(),
      fingerprint: z.string(),
      fileName: z.string(),
      applications: z.number().int(),
      materials: z.number().int(),
      size: z.number().int(),
      /** The person's package number in the case; the newest is the one they read. */
      sequence: z.number().int().positive(),
      /** The package's own passphrase in groups of four digits; shown once, never stored. */
      passphrase: z.string().optional(),
    }),
  ),
  warnings: z.array(z.string()),
  officeFingerprint: z.string(),
});
export type SealReportView = z.infer<typeof SealReportViewSchema>;

/** The slips written: the folder's name and each file's, never a full path. */
export const SlipsReportViewSchema = z.object({
  folder: z.string(),
  files: z.array(z.string()),
});
export type SlipsReportView = z.infer<typeof SlipsReportViewSchema>;

/** What a verified identity card says, shown before the office registers it. */
export const CardPreviewViewSchema = z.object({
  name: z.string(),
  organisation: z.string(),
  region: z.string().optional(),
  role: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
});
export type CardPreviewView = z.infer<typeof CardPreviewViewSchema>;

export const UnitsForYearSchema = z.array(RecommendingUnitSchema);

/**
 * Views main derives from the case with shared/office's rules. Typed by those rules' own types;
 * checked here only as objects, since main computed them from a validated case.
 */
const derived = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null);

export const OfficeOverviewSchema = z.object({
  status: OfficeStatusSchema,
  record: OfficeRecordFieldsSchema,
  formalChecks: z.array(derived<FormalCheckResult>()),
  quota: derived<QuotaReport>(),
  conflictSuggestions: z.array(derived<ConflictSuggestion>()),
  sealing: z.array(z.object({ roundId: z.string(), problems: z.array(derived<SealingProblem>()) })),
  units: UnitsForYearSchema,
});
export type OfficeOverview = z.infer<typeof OfficeOverviewSchema>;
