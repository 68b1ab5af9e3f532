import type { IntakeLimits } from '../intake/limits';
import { registerFileKind } from './file-signature';
import { readCsvTable } from './read-csv';
import { readXlsxTable } from './read-xlsx';
import { admitRegisterSize } from './register-limits';
import type { RegisterReadout } from './register-readout';
import type { RegisterTableRow } from './register-table';

/**
 * Reads a register file into rows, in the isolated worker: what it is (file-signature.ts), then
 * CSV (decoded, papaparse) or XLSX (its parts inflated under the budget, then exceljs). Throws
 * An AppError of the register family for a file that cannot be a register or breaks the limits.
 */
export async function readRegisterFile(
  bytes: Uint8Array,
  limits: IntakeLimits,
): Promise<{ rows: RegisterTableRow[]; readout: RegisterReadout }> {
  admitRegisterSize(bytes.length, limits);
  if (registerFileKind(bytes) === 'xlsx') {
    const { rows, sheetName } = await readXlsxTable(bytes, limits);
    return { rows, readout: { format: 'xlsx', sheetName } };
  }
  const { rows, encoding } = readCsvTable(bytes);
  return { rows, readout: { format: 'csv', encoding } };
}
