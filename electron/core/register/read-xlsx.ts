import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { IntakeRefusal } from '../intake/intake-problem';
import type { IntakeLimits } from '../intake/limits';
import { OutputBudget } from '../intake/output-budget';
import { readZip } from '../intake/zip/read-zip';
import { HEADER_SEARCH_ROWS, isHeaderRow } from './register-columns';
import { AppError } from '../../../shared/errors';
import type { RegisterTableRow } from './register-table';

/** The register's refusal for a refusal of its ZIP container; the reader's figures go to the detail. */
function registerErrorFor(refusal: IntakeRefusal): AppError {
  const part = refusal.entryPath === null ? null : refusal.entryPath.slice(0, 255);
  if (refusal.category === 'zip-bomb') return new AppError('zip-bomb', { part }, refusal.detailEn);
  if (refusal.category === 'too-large')
    return new AppError('too-large', { part }, refusal.detailEn);
  return new AppError('corrupt-xlsx', { reason: 'damaged' }, refusal.detailEn);
}

/**
 * The workbook's parts, inflated under the output budget with intake's own ZIP reader (real
 * output counted chunk by chunk, ratio and sizes checked, names checked), so that a bomb is
 * refused before a single row is parsed. exceljs then gets those parts stored uncompressed in a
 * fresh ZIP: it inflates nothing we have not counted, and reads the very bytes we checked.
 */
async function boundedWorkbook(bytes: Uint8Array, limits: IntakeLimits): Promise<Uint8Array> {
  const budget = new OutputBudget(limits, Date.now() + limits.timeLimitMs);
  let parts: Record<string, Uint8Array>;
  try {
    const readout = await readZip({ kind: 'bytes', bytes }, { password: null }, budget);
    const unreadable = readout.findings[0];
    if (unreadable !== undefined) {
      throw new IntakeRefusal(unreadable.category, unreadable.detail, unreadable.entryPath);
    }
    parts = Object.fromEntries(readout.files.map((file) => [file.path, file.bytes]));
  } catch (error) {
    if (error instanceof IntakeRefusal) throw registerErrorFor(error);
    throw error;
  }
  return zipSync(parts, { level: 0 });
}

/**
 * The rows of the register's sheet: the first sheet whose first rows hold a 申报编号 header,
 * else the first sheet. Throws an AppError of the register family for a ZIP that is no readable workbook, or one
 * that breaks the limits. Runs in the isolated worker (register-isolated.ts), never in main.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
  limits: IntakeLimits,
): Promise<{ rows: RegisterTableRow[]; sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  const stored = await boundedWorkbook(bytes, limits);
  try {
    const copy = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength);
    await workbook.xlsx.load(copy as ArrayBuffer);
  } catch {
    throw new AppError('corrupt-xlsx', { reason: 'damaged' });
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
  const first = sheets[0];
  if (first === undefined) {
    throw new AppError('corrupt-xlsx', { reason: 'no-sheet' });
  }
  const withHeader = sheets.find((sheet) =>
    sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => isHeaderRow(row.cells)),
  );
  const chosen = withHeader ?? first;
  return { rows: chosen.rows, sheetName: chosen.name };
}

function sheetRows(sheet: ExcelJS.Worksheet): RegisterTableRow[] {
  const rows: RegisterTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

/** A cell's value as the text the user sees: rich text joined, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined
      ? cellText(value.result as ExcelJS.CellValue)
      : '';
  }
  return '';
}
