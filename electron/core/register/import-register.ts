import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { CsvEncoding } from './decode-csv';
import { registerFileKind } from './file-signature';
import { readCsvTable } from './read-csv';
import { readXlsxTable } from './read-xlsx';
import { readRegisterTable, type RegisterTable } from './register-rows';

/** 申报登记表导入结果: the rows read and how the file was read. */
export interface RegisterImport extends RegisterTable {
  readonly format: 'csv' | 'xlsx';
  /** For CSV: how its bytes were decoded. */
  readonly encoding?: CsvEncoding;
  /** For XLSX: the sheet read. */
  readonly sheetName?: string;
}

/**
 * Imports the application register exported from the online system, CSV (UTF-8 with or without
 * BOM, UTF-16LE with BOM, or GBK/GB18030) or XLSX. Bad rows come back with their problems;
 * an unreadable file (empty, encrypted, legacy .xls, corrupt, no 申报编号 header, not a
 * spreadsheet at all) rejects with a RegisterFileError.
 */
export async function importRegister(
  bytes: Uint8Array,
  units: readonly RecommendingUnit[],
): Promise<RegisterImport> {
  if (registerFileKind(bytes) === 'xlsx') {
    const { rows, sheetName } = await readXlsxTable(bytes);
    return { format: 'xlsx', sheetName, ...readRegisterTable(rows, units) };
  }
  const { rows, encoding } = readCsvTable(bytes);
  return { format: 'csv', encoding, ...readRegisterTable(rows, units) };
}
