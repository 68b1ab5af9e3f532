import type { Application } from '../../../shared/domain/application';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { applicationNoKey } from '../../../shared/office/office-id';
import {
  HEADER_SEARCH_ROWS,
  isHeaderRow,
  mapHeaderRow,
  registerFieldLabels,
  requiredRegisterFields,
  type RegisterColumn,
  type RegisterField,
} from './register-columns';
import { AppError } from '../../../shared/errors';
import type { RegisterTableRow } from './register-table';
import { readFocusArea, readScope, readText, readYesNo } from './register-values';
import { matchUnitName, type UnitSuggestion } from './unit-name-match';

/**
 * The longest text the case holds in each field (shared/domain/application.ts): a longer cell
 * is a row problem in the office's words, never a schema's message when the row is stored.
 */
const fieldMaxLength: Partial<Record<RegisterField, number>> = {
  applicationNo: 64,
  applicantName: 200,
  experienceTitle: 200,
  industry: 100,
  organisationRegion: 100,
};

/** An application as far as one register row tells it; the office completes the rest. */
export type RegisterApplication = Partial<Omit<Application, 'id'>>;

/** One thing wrong with one row. */
export interface RegisterRowProblem {
  readonly code:
    | 'missing-application-no'
    | 'duplicate-application-no'
    | 'missing-applicant-name'
    | 'missing-experience-title'
    | 'missing-recommending-unit'
    | 'unknown-recommending-unit'
    | 'invalid-scope'
    | 'invalid-focus-area'
    | 'invalid-sme'
    | 'sme-required'
    | 'field-too-long'
    /** The row read well, but the case refused it together with what it already held. */
    | 'not-stored';
  readonly message: string;
  /** For an unknown recommending unit: the units it may have meant, best first. */
  readonly suggestions?: readonly UnitSuggestion[];
}

/** 登记表行: one row of the register, read. */
export interface RegisterRow {
  readonly rowNumber: number;
  readonly application: RegisterApplication;
  /** The 推荐单位 cell as written, to show beside the suggestions. */
  readonly recommendingUnitName: string | null;
  readonly problems: readonly RegisterRowProblem[];
}

/** The register's rows and how its columns were understood. */
export interface RegisterTable {
  readonly headerRowNumber: number;
  readonly columns: readonly RegisterColumn[];
  /** Headers matched to no field, or losing to a better synonym of theirs. */
  readonly ignoredHeaders: readonly string[];
  /** Required fields without a column: every row lacks them. */
  readonly missingColumns: readonly RegisterField[];
  readonly rows: readonly RegisterRow[];
}

/**
 * Reads the register's rows under its header row (the first with a 申报编号 header). Never
 * throws for a bad row: each row carries its problems. Empty rows are skipped. Throws
 * AppError 'no-header' when no header row is found.
 */
export function readRegisterTable(
  table: readonly RegisterTableRow[],
  units: readonly RecommendingUnit[],
): RegisterTable {
  const header = table.slice(0, HEADER_SEARCH_ROWS).find((row) => isHeaderRow(row.cells));
  if (header === undefined) {
    throw new AppError('no-header');
  }
  const { columns, ignoredHeaders } = mapHeaderRow(header.cells);
  const present = new Set(columns.map((c) => c.field));
  const firstRowOf = new Map<string, number>();

  const rows = table
    .filter((row) => row.rowNumber > header.rowNumber && row.cells.some((c) => c.trim() !== ''))
    .map((row) => {
      const cell = (field: RegisterField) => {
        const column = columns.find((c) => c.field === field);
        return column === undefined ? '' : (row.cells[column.columnIndex] ?? '');
      };
      const read = readRow(cell, present, units);
      const applicationNo = read.application.applicationNo;
      if (applicationNo !== undefined) {
        const first = firstRowOf.get(applicationNo);
        if (first === undefined) firstRowOf.set(applicationNo, row.rowNumber);
        else {
          read.problems.unshift({
            code: 'duplicate-application-no',
            message: `申报编号 ${applicationNo} 与第 ${first} 行重复`,
          });
        }
      }
      return { rowNumber: row.rowNumber, ...read };
    });

  return {
    headerRowNumber: header.rowNumber,
    columns,
    ignoredHeaders,
    missingColumns: requiredRegisterFields.filter((f) => !present.has(f)),
    rows,
  };
}

function readRow(
  cell: (field: RegisterField) => string,
  present: ReadonlySet<RegisterField>,
  units: readonly RecommendingUnit[],
): Omit<RegisterRow, 'rowNumber' | 'problems'> & { problems: RegisterRowProblem[] } {
  const application: RegisterApplication = {};
  const problems: RegisterRowProblem[] = [];
  const missing = (field: RegisterField, code: RegisterRowProblem['code']) => {
    // A column the file lacks is reported once for the file, not on every row.
    if (present.has(field)) problems.push({ code, message: `缺少${registerFieldLabels[field]}` });
  };

  /** The cell's text if it fits the case's limit; a longer one is a problem, and left out. */
  const fitting = (field: RegisterField, text: string | null): string | null => {
    const max = fieldMaxLength[field];
    if (text === null || max === undefined || text.length <= max) return text;
    problems.push({
      code: 'field-too-long',
      message: `${registerFieldLabels[field]}超过 ${max} 个字符（${text.length} 个）`,
    });
    return null;
  };

  const applicationNoText = readText(cell('applicationNo'));
  const applicationNo = fitting('applicationNo', applicationNoText);
  if (applicationNoText === null) missing('applicationNo', 'missing-application-no');
  else if (applicationNo !== null) application.applicationNo = applicationNoKey(applicationNo);

  const applicantNameText = readText(cell('applicantName'));
  const applicantName = fitting('applicantName', applicantNameText);
  if (applicantNameText === null) missing('applicantName', 'missing-applicant-name');
  else if (applicantName !== null) application.applicantName = applicantName;

  const experienceTitleText = readText(cell('experienceTitle'));
  const experienceTitle = fitting('experienceTitle', experienceTitleText);
  if (experienceTitleText === null) missing('experienceTitle', 'missing-experience-title');
  else if (experienceTitle !== null) application.experienceTitle = experienceTitle;

  const recommendingUnitName = readText(cell('recommendingUnit'));
  if (recommendingUnitName === null) missing('recommendingUnit', 'missing-recommending-unit');
  else {
    const match = matchUnitName(recommendingUnitName, units);
    if (match.unitId !== null) application.recommendingUnitId = match.unitId;
    else {
      const hint =
        match.suggestions.length > 0
          ? `，可能是：${match.suggestions.map((s) => s.name).join('、')}`
          : '';
      problems.push({
        code: 'unknown-recommending-unit',
        message: `推荐单位“${recommendingUnitName}”不在本年度名录中${hint}`,
        suggestions: match.suggestions,
      });
    }
  }

  const unreadable = (code: RegisterRowProblem['code'], field: RegisterField) =>
    problems.push({
      code,
      message: `无法识别${registerFieldLabels[field]}“${cell(field).trim()}”`,
    });
  const scope = readScope(cell('scope'));
  if (scope.kind === 'value') application.scope = scope.value;
  else if (scope.kind === 'invalid') unreadable('invalid-scope', 'scope');
  const focusArea = readFocusArea(cell('focusArea'));
  if (focusArea.kind === 'value') application.focusArea = focusArea.value;
  else if (focusArea.kind === 'invalid') unreadable('invalid-focus-area', 'focusArea');
  const isSme = readYesNo(cell('isSme'));
  if (isSme.kind === 'value') application.isSme = isSme.value;
  else if (isSme.kind === 'invalid') unreadable('invalid-sme', 'isSme');

  if (
    application.isSme === false &&
    (application.scope === 4 || application.focusArea === 'specialized-sme')
  ) {
    problems.push({
      code: 'sme-required',
      message: '遴选范围（四）或“专精特新”重点领域的申报单位须为中小企业',
    });
  }

  const industry = fitting('industry', readText(cell('industry')));
  if (industry !== null) application.industry = industry;
  const organisationRegion = fitting('organisationRegion', readText(cell('organisationRegion')));
  if (organisationRegion !== null) application.organisationRegion = organisationRegion;

  return { application, recommendingUnitName, problems };
}
