import { runIsolated } from '../intake/isolated/run-isolated';
import type { IsolatedReceiver } from '../intake/isolated/run-isolated';
import type { IsolatedMessage, IsolatedSource } from '../intake/isolated/worker-protocol';
import type { IntakeLimits } from '../intake/limits';
import { formatBytes } from '../intake/limits';
import { RegisterFileError, registerFileErrorCodes } from './register-file-error';
import type { RegisterFileErrorCode } from './register-file-error';
import { registerLimits } from './register-limits';
import type { RegisterReadout } from './register-readout';
import type { RegisterTableRow } from './register-table';

const codes: ReadonlySet<string> = new Set(registerFileErrorCodes);
/** Rows of a register the parent accepts; far beyond the online system's few hundred. */
const MAX_ROWS = 200_000;
const MAX_MESSAGE_TEXT = 2000;

function broken(detail: string, detailEn: string): RegisterFileError {
  return new RegisterFileError(
    'corrupt-xlsx',
    `读取登记表的进程发送的数据不合规（${detail}），已终止`,
    `the process reading the register broke its protocol (${detailEn}) and was stopped`,
  );
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
 * every refusal is re-made as a RegisterFileError with a known code.
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
          throw broken('行格式不符', 'malformed rows');
        }
        for (const row of message.rows) {
          this.textBytes += row.cells.reduce((sum, cell) => sum + 2 * cell.length, 0);
        }
        this.rows.push(...message.rows);
        if (this.rows.length > MAX_ROWS || this.textBytes > 2 * this.limits.maxTotalBytes) {
          throw new RegisterFileError(
            'too-large',
            `超出大小限制：登记表超过 ${MAX_ROWS} 行或 ${formatBytes(this.limits.maxTotalBytes)} 文本`,
            `over the size limit: the register holds more than ${MAX_ROWS} rows or ${formatBytes(this.limits.maxTotalBytes)} of text`,
          );
        }
        ack();
        return undefined;
      }
      case 'register-done': {
        const { format, encoding, sheetName } = message.readout ?? {};
        if (format !== 'csv' && format !== 'xlsx') throw broken('格式不符', 'a malformed ending');
        const readout: RegisterReadout = {
          format,
          ...(typeof encoding === 'string' ? { encoding } : {}),
          ...(typeof sheetName === 'string' ? { sheetName: sheetName.slice(0, 255) } : {}),
        };
        return { rows: this.rows, readout };
      }
      case 'register-refused': {
        if (!codes.has(String(message.code)) || typeof message.message !== 'string') {
          throw broken('拒收理由格式不符', 'a malformed refusal');
        }
        const error = new RegisterFileError(
          message.code as RegisterFileErrorCode,
          message.message.slice(0, MAX_MESSAGE_TEXT),
        );
        throw error;
      }
      default:
        throw broken(`意外的消息“${String(message.type).slice(0, 40)}”`, 'an unexpected message');
    }
  }

  timedOut(): RegisterFileError {
    const seconds = Math.round(this.limits.timeLimitMs / 1000);
    return new RegisterFileError(
      'zip-bomb',
      `疑似压缩炸弹：读取登记表超过时间限制 ${seconds} 秒，已终止`,
      `suspected zip bomb: reading the register ran over the time limit of ${seconds} s and was stopped`,
    );
  }

  died(how: string): RegisterFileError {
    return new RegisterFileError(
      'corrupt-xlsx',
      `读取登记表的进程意外退出 (${how})：文件很可能已损坏`,
      `the process reading the register ended unexpectedly (${how}): the file is most likely damaged`,
    );
  }

  violated(detail: string, detailEn: string): RegisterFileError {
    return broken(detail, detailEn);
  }
}

/**
 * Reads a register file (CSV or XLSX) into rows in the isolated worker, where archives are read,
 * under the register's limits (register-limits.ts): a zip bomb is refused there as 'zip-bomb'
 * before exceljs sees it, and Electron's main process parses nothing of the file.
 */
export function readRegisterIsolated(
  source: IsolatedSource,
  limits: IntakeLimits = registerLimits,
): Promise<{ rows: RegisterTableRow[]; readout: RegisterReadout }> {
  const sent =
    'path' in source ||
    (source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength)
      ? source
      : { bytes: source.bytes.slice() };
  return runIsolated(
    { type: 'register', source: sent, limits, timeLeftMs: limits.timeLimitMs },
    limits.timeLimitMs,
    new RegisterReceiver(limits),
  );
}
