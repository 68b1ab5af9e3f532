/**
 * The register (申报登记表) into the office's case: each readable row creates or completes the
 * application with the same 申报编号, so nobody types 245 rows and re-importing changes nothing.
 */
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { upsertApplication } from '../../../shared/office/office-case';
import { importRegister } from '../register/import-register';
import type { RegisterSource } from '../register/import-register';
import { matchRegisterToArchives } from '../register/match-archives';
import type { RegisterRowProblem } from '../register/register-rows';
import { UNREGISTERED } from './office-intake';
import type { OfficeSession } from './office-session';

export interface OfficeRegisterReport {
  readonly format: 'csv' | 'xlsx';
  readonly rows: number;
  readonly imported: number;
  readonly skipped: readonly { rowNumber: number; problems: readonly RegisterRowProblem[] }[];
  /** Rows whose application has no archive yet, and archives the register does not list. */
  readonly registerOnly: readonly string[];
  readonly archiveOnly: readonly string[];
  /** Same 申报编号, different unit name in the register and on the archive. */
  readonly nameMismatches: readonly { applicationNo: string; register: string; archive: string }[];
}

/** Problems that leave a row unusable; the others (e.g. an unknown unit) are reported as well. */
const BLOCKING: ReadonlySet<RegisterRowProblem['code']> = new Set([
  'missing-application-no',
  'duplicate-application-no',
  'missing-applicant-name',
]);

/** Imports a register file on disk: read by the isolated worker, never loaded here. */
export async function importRegisterIntoCase(
  session: OfficeSession,
  filePath: string,
  units: readonly RecommendingUnit[],
): Promise<OfficeRegisterReport> {
  return importRegisterSourceIntoCase(session, { path: filePath }, units);
}

/** Imports a register the app received as bytes. */
export async function importRegisterBytesIntoCase(
  session: OfficeSession,
  bytes: Uint8Array,
  units: readonly RecommendingUnit[],
): Promise<OfficeRegisterReport> {
  return importRegisterSourceIntoCase(session, { bytes }, units);
}

/**
 * The register's rows into the case. The file is parsed in the isolated worker under the
 * register's limits; a file that cannot be read (a zip bomb included) rejects with a
 * RegisterFileError before the case is touched.
 */
async function importRegisterSourceIntoCase(
  session: OfficeSession,
  source: RegisterSource,
  units: readonly RecommendingUnit[],
): Promise<OfficeRegisterReport> {
  const table = await importRegister(source, units);
  const usable = table.rows.filter((row) => !row.problems.some((p) => BLOCKING.has(p.code)));
  const skipped = table.rows
    .filter((row) => row.problems.length > 0)
    .map((row) => ({ rowNumber: row.rowNumber, problems: row.problems }));

  const next = await session.update((current) => {
    let c = current;
    for (const row of usable) {
      const existing = c.applications.find(
        (a) => a.applicationNo === row.application.applicationNo,
      );
      const defined = Object.fromEntries(
        Object.entries(row.application).filter(([, value]) => value !== undefined),
      );
      c = upsertApplication(c, {
        ...UNREGISTERED,
        ...existing,
        ...defined,
        applicationNo: row.application.applicationNo!,
        applicantName: row.application.applicantName!,
      });
    }
    return c;
  });

  // Archives are the applications that hold materials.
  const archives = next.applications
    .filter((a) => next.materials.some((m) => m.applicationId === a.id))
    .map((a) => ({ applicationNo: a.applicationNo, applicantName: a.applicantName }));
  const match = matchRegisterToArchives(table.rows, archives);
  return {
    format: table.format,
    rows: table.rows.length,
    imported: usable.length,
    skipped,
    registerOnly: match.registerOnly.map((row) => row.application.applicationNo ?? ''),
    archiveOnly: match.archiveOnly.map((archive) => archive.applicationNo),
    nameMismatches: match.nameMismatches.map((m) => ({
      applicationNo: m.archive.applicationNo,
      register: m.row.application.applicantName ?? '',
      archive: m.archive.applicantName,
    })),
  };
}
