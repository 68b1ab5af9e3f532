import type { CsvEncoding } from './decode-csv';

/** How a register file was read, besides its rows. */
export interface RegisterReadout {
  readonly format: 'csv' | 'xlsx';
  /** For CSV: how its bytes were decoded. */
  readonly encoding?: CsvEncoding;
  /** For XLSX: the sheet read. */
  readonly sheetName?: string;
}
