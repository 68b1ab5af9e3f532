/**
 * A list as CSV for Excel: UTF-8 with a byte-order mark (without it Chinese Excel reads the file
 * as GBK and shows mojibake), CRLF line ends, every field quoted. A field an applicant could have
 * chosen (a name, a title) that starts with = + - @ or a tab is prefixed with an apostrophe, so
 * Excel never runs it as a formula (CSV injection); the XLSX file stores text cells and needs no
 * such guard.
 */
import type { ListTable } from '../../../shared/report/list-table';

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The CSV's bytes: BOM, the header line, one line per row. */
export function listCsv(table: ListTable): Uint8Array {
  const body = [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n');
  return new TextEncoder().encode(`\uFEFF${body}\r\n`);
}
