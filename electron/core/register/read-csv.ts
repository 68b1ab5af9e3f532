import Papa from 'papaparse';
import { decodeCsv, type CsvEncoding } from './decode-csv';
import type { RegisterTableRow } from './register-table';

/** A CSV's records (a quoted cell may span lines; each record is one spreadsheet row). */
export function readCsvTable(bytes: Uint8Array): {
  rows: RegisterTableRow[];
  encoding: CsvEncoding;
} {
  const { text, encoding } = decodeCsv(bytes);
  // Papaparse never throws on text; malformed quoting leaves the cells as best it can.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({
    rowNumber: index + 1,
    cells: cells.map(String),
  }));
  return { rows, encoding };
}
