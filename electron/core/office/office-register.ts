/**
 * The register (申报登记表) into the office's record: each readable row creates or completes the
 * application with the same 申报编号, so nobody types 245 rows and re-importing changes nothing.
 */
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { upsertApplication } from '../../../shared/office/office-record';
import type { ParsingIsolation } from '../intake/isolated/parsing-isolation';
import { importRegister } from '../register/import-register';
import type { RegisterImport, RegisterSource } from '../register/import-register';
import { matchRegisterToArchives } from '../register/match-archives';
import type { RegisterRowProblem } from '../register/register-rows';
import { isProgrammingError } from '../intake/programming-error';
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
  'sme-required',
]);

/** Said of a row the case's own rules refused (in the office's words, not the schema's). */
const NOT_STORED: RegisterRowProblem = {
  code: 'not-stored',
  message: '该行与已登记的信息合起来不符合申报经验的要求（例如遴选范围（四）须为中小企业），未导入',
};

export interface OfficeRegisterOptions {
  /** How the isolated worker that reads the file is started; the safe default without it. */
  readonly isolation?: ParsingIsolation;
}

/** Imports a register file on disk: read by the isolated worker, never loaded here. */
export async function importRegisterIntoCase(
  session: OfficeSession,
  filePath: string,
  units: readonly RecommendingUnit[],
  options: OfficeRegisterOptions = {},
): Promise<OfficeRegisterReport> {
  return importRegisterSourceIntoCase(session, { path: filePath }, units, options);
}

/** Imports a register the app received as bytes. */
export async function importRegisterBytesIntoCase(
  session: OfficeSession,
  bytes: Uint8Array,
  units: readonly RecommendingUnit[],
  options: OfficeRegisterOptions = {},
): Promise<OfficeRegisterReport> {
  return importRegisterSourceIntoCase(session, { bytes }, units, options);
}

/**
 * The register's rows into the case. The file is parsed in the isolated worker under the
 * register's limits; a file that cannot be read (a zip bomb included) rejects with a
 * AppError of the register family before the case is touched.
 */
async function importRegisterSourceIntoCase(
  session: OfficeSession,
  source: RegisterSource,
  units: readonly RecommendingUnit[],
  options: OfficeRegisterOptions,
): Promise<OfficeRegisterReport> {
  const table = await importRegister(source, units, { isolation: options.isolation });
  return storeRegister(session, table);
}

/**
 * Stores a register already read (importRegister): the command line reads the file before it
 * opens the case, so a file that cannot be a register is refused without unlocking anything.
 * It parses nothing, so it takes no isolation: the caller gave its own to importRegister.
 */
export async function storeRegister(
  session: OfficeSession,
  table: RegisterImport,
): Promise<OfficeRegisterReport> {
  const usable = table.rows.filter(
    (row) =>
      !row.problems.some((p) => BLOCKING.has(p.code)) &&
      row.application.applicationNo !== undefined &&
      row.application.applicantName !== undefined,
  );
  const refusedRows = new Set<number>();
  const next = await session.update((current) => {
    refusedRows.clear();
    let c = current;
    for (const row of usable) {
      const existing = c.applications.find(
        (a) => a.applicationNo === row.application.applicationNo,
      );
      const defined = Object.fromEntries(
        Object.entries(row.application).filter(([, value]) => value !== undefined),
      );
      try {
        c = upsertApplication(c, {
          ...UNREGISTERED,
          ...existing,
          ...defined,
          applicationNo: row.application.applicationNo!,
          applicantName: row.application.applicantName!,
        });
      } catch (error) {
        // One row the case refuses is that row's outcome; the others still go in.
        if (isProgrammingError(error)) throw error;
        refusedRows.add(row.rowNumber);
      }
    }
    return c;
  });
  const skipped = table.rows
    .map((row) => ({
      rowNumber: row.rowNumber,
      problems: refusedRows.has(row.rowNumber) ? [...row.problems, NOT_STORED] : row.problems,
    }))
    .filter((row) => row.problems.length > 0);

  // Archives are the applications that hold materials.
  const archives = next.applications
    .filter((a) => next.materials.some((m) => m.applicationId === a.id))
    .map((a) => ({ applicationNo: a.applicationNo, applicantName: a.applicantName }));
  const match = matchRegisterToArchives(table.rows, archives);
  return {
    format: table.format,
    rows: table.rows.length,
    imported: usable.length - refusedRows.size,
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
