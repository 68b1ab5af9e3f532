/**
 * Intake into the office's case: one archive or folder becomes an application (matched by
 * 申报编号, so re-importing duplicates nothing) and its materials, stored encrypted. Everything
 * intake refuses comes back as problems; what was imported before stays as it was.
 */
import { randomBytes } from 'node:crypto';
import { addMaterial, upsertApplication } from '../../../shared/office/office-case';
import type { OfficeCase } from '../../../shared/office/office-case';
import { intakeArchiveBytes, intakePath } from '../intake/intake';
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

export interface OfficeIntakeOptions extends IntakeOptions {
  /** When the archive arrived (the e-mail's time); now by default. */
  readonly receivedAt?: string;
}

function applicationIdFor(c: OfficeCase, applicationNo: string): string | undefined {
  return c.applications.find((a) => a.applicationNo === applicationNo)?.id;
}

/** Takes in an archive or folder on disk. */
export async function intakeIntoCase(
  session: OfficeSession,
  inputPath: string,
  options: OfficeIntakeOptions = {},
): Promise<OfficeIntakeReport> {
  return storeIntakeResult(session, await intakePath(inputPath, options), options);
}

/** Takes in an archive the app received as bytes (a file dropped on the window). */
export async function intakeBytesIntoCase(
  session: OfficeSession,
  name: string,
  bytes: Uint8Array,
  options: OfficeIntakeOptions = {},
): Promise<OfficeIntakeReport> {
  return storeIntakeResult(session, await intakeArchiveBytes(name, bytes, options), options);
}

async function storeIntakeResult(
  session: OfficeSession,
  result: IntakeResult,
  options: OfficeIntakeOptions,
): Promise<OfficeIntakeReport> {
  const base = {
    sourceName: result.sourceName,
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
    for (const material of result.materials) {
      const before = c;
      c = addMaterial(c, {
        id: `m-${randomBytes(8).toString('hex')}`,
        applicationId,
        kind: material.kind,
        fileName: material.path,
        mediaType: material.mediaType,
        size: material.size,
        sha256: material.sha256,
        receivedAt,
        problems: result.problems
          .filter((p) => p.entryPath === material.path)
          .map((p) => p.message.slice(0, 500)),
      });
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
