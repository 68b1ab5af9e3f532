import { stat } from 'node:fs/promises';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { ParsingIsolation } from '../intake/isolated/parsing-isolation';
import type { IntakeLimits } from '../intake/limits';
import { admitRegisterSize, registerLimits } from './register-limits';
import { readRegisterIsolated } from './register-isolated';
import type { RegisterReadout } from './register-readout';
import { readRegisterTable, type RegisterTable } from './register-rows';

/** 申报登记表导入结果: the rows read and how the file was read. */
export interface RegisterImport extends RegisterTable, RegisterReadout {}

/** A register file on disk, or its bytes as the app received them. */
export type RegisterSource = { readonly path: string } | { readonly bytes: Uint8Array };

export interface RegisterImportOptions {
  /** The register's budget; `registerLimits` by default. */
  readonly limits?: IntakeLimits;
  /** How the isolated worker is started; the safe default (parsingIsolation()) without it. */
  readonly isolation?: ParsingIsolation;
}

/**
 * Imports the application register exported from the online system, CSV (UTF-8 with or without
 * BOM, UTF-16LE with BOM, or GBK/GB18030) or XLSX. The file is parsed in the isolated worker,
 * under the register's limits; this process only maps the rows it gets back. Bad rows come back
 * with their problems; an unreadable file (empty, encrypted, legacy .xls, corrupt, a zip bomb,
 * too large, no 申报编号 header, not a spreadsheet at all) rejects with an AppError of the register family.
 */
export async function importRegister(
  source: RegisterSource | Uint8Array,
  units: readonly RecommendingUnit[],
  options: RegisterImportOptions = {},
): Promise<RegisterImport> {
  const limits = options.limits ?? registerLimits;
  const given = source instanceof Uint8Array ? { bytes: source } : source;
  admitRegisterSize('path' in given ? (await stat(given.path)).size : given.bytes.length, limits);
  const { rows, readout } = await readRegisterIsolated(given, limits, options.isolation);
  return { ...readout, ...readRegisterTable(rows, units) };
}
