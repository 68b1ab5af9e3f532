import { AppError } from '../../../shared/errors';
import { defaultIntakeLimits } from '../intake/limits';
import type { IntakeLimits } from '../intake/limits';

const MiB = 1024 * 1024;

/**
 * A register is read under the same output budget as an archive (OutputBudget: real output
 * counted chunk by chunk, the ratio, the entry count, the clock), with sizes fit for a
 * spreadsheet: the online system's register of a few hundred rows inflates to well under 1 MiB,
 * and exceljs needs about 14 bytes of memory per byte of sheet XML (100 000 rows, 45 MiB of
 * XML: 620 MB). 32 MiB of parts is some 70 000 rows. The ratio is checked from 8 MiB: XLSX XML
 * deflates to a tenth or a twentieth, a bomb to a thousandth.
 */
export const registerLimits: IntakeLimits = Object.freeze({
  ...defaultIntakeLimits,
  maxTotalBytes: 32 * MiB,
  maxEntryBytes: 32 * MiB,
  ratioFloorBytes: 8 * MiB,
  maxEntries: 1_000,
  timeLimitMs: 60_000,
});

/** Refuses a register file larger than what it may inflate to, before reading it. */
export function admitRegisterSize(size: number, limits: IntakeLimits): void {
  if (size > limits.maxTotalBytes) {
    throw new AppError('too-large', { fileBytes: size, limitBytes: limits.maxTotalBytes });
  }
}
