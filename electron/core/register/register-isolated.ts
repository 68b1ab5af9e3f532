import { parsingIsolation } from '../intake/isolated/parsing-isolation';
import type { ParsingIsolation } from '../intake/isolated/parsing-isolation';
import { runIsolated } from '../intake/isolated/run-isolated';
import type { IsolatedReceiver } from '../intake/isolated/run-isolated';
import { sendable } from '../intake/isolated/worker-protocol';
import type { IsolatedMessage, IsolatedSource } from '../intake/isolated/worker-protocol';
import type { IntakeLimits } from '../intake/limits';
import { AppError } from '../../../shared/errors';
import { registerRefusalFrom } from './register-file-error';
import { registerLimits } from './register-limits';
import type { RegisterReadout } from './register-readout';
import type { RegisterTableRow } from './register-table';

/** Rows of a register the parent accepts; far beyond the online system's few hundred. */
const MAX_ROWS = 200_000;

/** The worker broke its protocol: what it did wrong goes to the developer's detail only. */
function broken(detailEn: string): AppError {
  return new AppError('register-reader-failed', { ended: false }, detailEn);
}

function isRow(row: unknown): row is RegisterTableRow {
  const { rowNumber, cells } = (row ?? {}) as Partial<RegisterTableRow>;
  return (
    Number.isSafeInteger(rowNumber) &&
    Array.isArray(cells) &&
    cells.every((cell) => typeof cell === 'string')
  );
}

/**
 * The parent's side of a register read: rows arrive in batches and are counted here, their text
 * against the same output budget the file was read under (the worker's word is not taken), and
 * every refusal is re-made as an AppError of the register family, its code and parameters checked.
 */
class RegisterReceiver implements IsolatedReceiver<{
  rows: RegisterTableRow[];
  readout: RegisterReadout;
}> {
  private readonly rows: RegisterTableRow[] = [];
  private textBytes = 0;

  constructor(private readonly limits: IntakeLimits) {}

  receive(message: IsolatedMessage, ack: () => void) {
    switch (message.type) {
      case 'rows': {
        if (!Array.isArray(message.rows) || !message.rows.every(isRow)) {
          throw broken('malformed rows');
        }
        for (const row of message.rows) {
          this.textBytes += row.cells.reduce((sum, cell) => sum + 2 * cell.length, 0);
        }
        this.rows.push(...message.rows);
        if (this.rows.length > MAX_ROWS || this.textBytes > 2 * this.limits.maxTotalBytes) {
          throw new AppError('too-large', {
            maxRows: MAX_ROWS,
            maxTextBytes: this.limits.maxTotalBytes,
          });
        }
        ack();
        return undefined;
      }
      case 'register-done': {
        const { format, encoding, sheetName } = message.readout ?? {};
        if (format !== 'csv' && format !== 'xlsx') throw broken('a malformed ending');
        const readout: RegisterReadout = {
          format,
          ...(typeof encoding === 'string' ? { encoding } : {}),
          ...(typeof sheetName === 'string' ? { sheetName: sheetName.slice(0, 255) } : {}),
        };
        return { rows: this.rows, readout };
      }
      case 'register-refused': {
        throw registerRefusalFrom(message.code, message.params) ?? broken('a malformed refusal');
      }
      default:
        throw broken('an unexpected message');
    }
  }

  timedOut(): AppError {
    return new AppError('zip-bomb', {
      timeLimitSeconds: Math.round(this.limits.timeLimitMs / 1000),
    });
  }

  died(how: string): AppError {
    return new AppError('register-reader-failed', { ended: true }, how);
  }

  violated(_detail: string, detailEn: string): AppError {
    return broken(detailEn);
  }
}

/**
 * Reads a register file (CSV or XLSX) into rows in the isolated worker, where archives are read,
 * under the register's limits (register-limits.ts): a zip bomb is refused there as 'zip-bomb'
 * before exceljs sees it, and Electron's main process parses nothing of the file. The worker is
 * started as `isolation` says; a register is never read in process, whatever `zipInProcess` says.
 */
export function readRegisterIsolated(
  source: IsolatedSource,
  limits: IntakeLimits = registerLimits,
  isolation: ParsingIsolation = parsingIsolation(),
): Promise<{ rows: RegisterTableRow[]; readout: RegisterReadout }> {
  return runIsolated(
    { type: 'register', source: sendable(source), limits, timeLeftMs: limits.timeLimitMs },
    limits.timeLimitMs,
    new RegisterReceiver(limits),
    isolation,
  );
}
