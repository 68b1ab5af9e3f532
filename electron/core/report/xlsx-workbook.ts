/**
 * The door to exceljs for writing (the register's reader, electron/core/register/read-xlsx.ts,
 * is its door for reading): a list as an XLSX workbook, the table on the first sheet with a bold,
 * frozen header row and every value a text cell (never a formula, whatever an applicant named
 * their organisation), and a second sheet 说明 with the heading and the confidentiality line.
 */
import ExcelJS from 'exceljs';
import type { ListTable } from '../../../shared/report/list-table';

export interface XlsxListInput {
  /** The sheet's name, e.g. 入围答辩名单 (Excel allows 31 characters, no []:*?/\). */
  readonly sheetName: string;
  readonly table: ListTable;
  /** Lines of the 说明 sheet: the title, the round, the case, the confidentiality line. */
  readonly about: readonly string[];
  /** Width in characters per column; a CJK character counts two. */
  readonly widths?: readonly number[];
}

const FONT = { name: 'SimSun', size: 11 };

/** Columns as wide as their longest value, a CJK character counting two, within 6–60. */
function widthsOf(table: ListTable): number[] {
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return table.columns.map((column, i) =>
    Math.min(60, Math.max(6, width(column), ...table.rows.map((r) => width(r[i] ?? ''))) + 2),
  );
}

export async function xlsxList(input: XlsxListInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '质量标杆评审';
  const sheet = workbook.addWorksheet(input.sheetName.replace(/[[\]:*?/\\]/g, '_').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = input.widths ?? widthsOf(input.table);
  sheet.columns = input.table.columns.map((header, i) => ({ header, width: widths[i] ?? 12 }));
  sheet.getRow(1).font = { ...FONT, bold: true };
  for (const row of input.table.rows) {
    const added = sheet.addRow([...row]);
    added.font = FONT;
    // Strings stay strings: exceljs writes them as shared strings, never as formulas.
    added.eachCell((c) => {
      c.numFmt = '@';
    });
  }
  const about = workbook.addWorksheet('说明');
  about.getColumn(1).width = 80;
  for (const line of input.about) about.addRow([line]).font = FONT;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
