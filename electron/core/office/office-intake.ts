/**
 * Intake into the office's record: one archive or folder (or a RAR volume set offered together)
 * becomes an application (matched by 申报编号, so re-importing duplicates nothing) and its
 * materials, stored encrypted. Everything intake refuses comes back as problems; each input's
 * outcome is its own, and what was imported before stays as it was.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { addMaterial, upsertApplication } from '../../../shared/office/office-record';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { OfficeMaterialSchema } from '../../../shared/office/office-material';
import type { OfficeMaterial } from '../../../shared/office/office-material';
import { intakeUnit, planIntake, unitNames } from '../intake/intake';
import type { IntakeInput } from '../intake/intake';
import type { IntakeProblem } from '../intake/intake-problem';
import type { IntakeOptions, IntakeResult } from '../intake/intake-result';
import type { OfficeSession } from './office-session';

/** Fields the archive name cannot tell; the register fills them in (docs/office.md). */
export const UNREGISTERED = {
  experienceTitle: '（未登记：请导入申报登记表）',
  recommendingUnitId: 'unregistered',
  scope: 1,
  focusArea: 'none',
  isSme: false,
} as const;

export interface OfficeIntakeReport {
  readonly sourceName: string;
  /** Every file this report covers: one, or each volume of a RAR set, first to last. */
  readonly sourceNames: readonly string[];
  readonly applicationNo: string | null;
  readonly applicantName: string | null;
  readonly applicationId: string | null;
  readonly refused: boolean;
  /** Materials newly stored. */
  readonly added: number;
  /** Materials already held (same bytes for the same application). */
  readonly duplicates: number;
  readonly problems: readonly IntakeProblem[];
}

/** Intake's options (password, limits, and `isolation`: how archives are parsed out of process). */
export interface OfficeIntakeOptions extends IntakeOptions {
  /** When the archive arrived (the e-mail's time); now by default. */
  readonly receivedAt?: string;
}

/** The most problems one material records (shared/office/office-material.ts). */
const MAX_MATERIAL_PROBLEMS = 50;
const MAX_PROBLEM_TEXT = 500;

function applicationIdFor(c: OfficeRecord, applicationNo: string): string | undefined {
  return c.applications.find((a) => a.applicationNo === applicationNo)?.id;
}

/**
 * The records of the materials, checked against the case's schema before any byte is written,
 * so that a record the case would refuse leaves no unreferenced file behind. Only field names
 * are ever said, never the schema library's words.
 */
function materialRecords(
  result: IntakeResult,
  applicationId: string,
  receivedAt: string,
): Omit<OfficeMaterial, 'id'>[] {
  return result.materials.map((material) => {
    const record = {
      applicationId,
      kind: material.kind,
      fileName: material.path,
      mediaType: material.mediaType,
      size: material.size,
      sha256: material.sha256,
      receivedAt,
      problems: result.problems
        .filter((p) => p.entryPath === material.path)
        .slice(0, MAX_MATERIAL_PROBLEMS)
        .map((p) => p.message.slice(0, MAX_PROBLEM_TEXT)),
    };
    const checked = OfficeMaterialSchema.safeParse({ ...record, id: 'm-0000000000000000' });
    if (!checked.success) {
      // A material's record failed the case's own rules: our bug, never the applicant's file.
      const fields = [...new Set(checked.error.issues.map((i) => String(i.path[0])))];
      throw new AppError('material-record-invalid', { fields });
    }
    return record;
  });
}

async function storeIntakeResult(
  session: OfficeSession,
  result: IntakeResult,
  sourceNames: readonly string[],
  options: OfficeIntakeOptions,
): Promise<OfficeIntakeReport> {
  const base = {
    sourceName: result.sourceName,
    sourceNames,
    applicationNo: result.applicationNo,
    applicantName: result.applicantName,
    refused: result.refused,
    problems: result.problems,
  };
  if (result.refused || result.applicationNo === null || result.applicantName === null) {
    return { ...base, applicationId: null, added: 0, duplicates: 0 };
  }
  const { applicationNo, applicantName } = result;
  const receivedAt = options.receivedAt ?? new Date().toISOString();
  // Checked first with a stand-in id: a record the case refuses stops this input before any write.
  materialRecords(result, 'a-check', receivedAt);

  // Bytes first, state second: a crash in between leaves an unreferenced encrypted file, never
  // a state that points at missing bytes.
  for (const material of result.materials) {
    await session.workspace.putMaterial(material.sha256, material.bytes);
  }

  let added = 0;
  let duplicates = 0;
  const next = await session.update((current) => {
    added = 0;
    duplicates = 0;
    const existing = current.applications.find((a) => a.applicationNo === applicationNo);
    let c = existing
      ? current
      : upsertApplication(current, { applicationNo, applicantName, ...UNREGISTERED });
    const applicationId = applicationIdFor(c, applicationNo)!;
    for (const record of materialRecords(result, applicationId, receivedAt)) {
      const before = c;
      c = addMaterial(c, { ...record, id: `m-${randomBytes(8).toString('hex')}` });
      if (c === before) duplicates++;
      else added++;
    }
    return c;
  });
  return {
    ...base,
    applicationId: applicationIdFor(next, applicationNo) ?? null,
    added,
    duplicates,
  };
}

/**
 * Takes in inputs offered together (files dropped at once, paths on one command line): RAR
 * volumes are grouped into their sets, every unit is read and stored on its own, in order, and
 * `onReport` hears each as it is stored, so a later failure loses no earlier report. Archives
 * are parsed as `options.isolation` says; without it, all of them in the isolated worker.
 */
export async function intakeInputsIntoCase(
  session: OfficeSession,
  inputs: readonly IntakeInput[],
  options: OfficeIntakeOptions = {},
  onReport: (report: OfficeIntakeReport) => void = () => {},
): Promise<OfficeIntakeReport[]> {
  const reports: OfficeIntakeReport[] = [];
  for (const unit of await planIntake(inputs)) {
    const report = await storeIntakeResult(
      session,
      await intakeUnit(unit, options),
      unitNames(unit),
      options,
    );
    reports.push(report);
    onReport(report);
  }
  return reports;
}

/** Takes in an archive or folder on disk. */
export async function intakeIntoCase(
  session: OfficeSession,
  inputPath: string,
  options: OfficeIntakeOptions = {},
): Promise<OfficeIntakeReport> {
  const [report] = await intakeInputsIntoCase(session, [{ path: inputPath }], options);
  return report!;
}

/** Takes in an archive the app received as bytes (a file dropped on the window). */
export async function intakeBytesIntoCase(
  session: OfficeSession,
  name: string,
  bytes: Uint8Array,
  options: OfficeIntakeOptions = {},
): Promise<OfficeIntakeReport> {
  const [report] = await intakeInputsIntoCase(session, [{ name, bytes }], options);
  return report!;
}
