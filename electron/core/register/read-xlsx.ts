import ExcelJS from 'exceljs';
import { HEADER_SEARCH_ROWS, isHeaderRow } from './register-columns';
import { RegisterFileError } from './register-file-error';
import type { RegisterTableRow } from './register-table';

/**
 * The rows of the register's sheet: the first sheet whose first rows hold a 申报编号 header,
 * else the first sheet. Throws RegisterFileError for a ZIP that is no readable workbook.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
): Promise<{ rows: RegisterTableRow[]; sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(copy as ArrayBuffer);
  } catch {
    throw new RegisterFileError(
      'corrupt-xlsx',
      'XLSX 文件已损坏或不是有效的 Excel 工作簿，无法读取',
    );
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
  const first = sheets[0];
  if (first === undefined) throw new RegisterFileError('corrupt-xlsx', 'XLSX 文件中没有工作表');
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
