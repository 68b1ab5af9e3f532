import type { DocumentInspection } from '../documents/inspect-document';
import type { ProblemFinding } from '../intake-problem';
import type { IntakeLimits } from '../limits';
import type { BudgetUsage } from '../output-budget';
import type { RegisterReadout } from '../../register/register-readout';
import type { RegisterTableRow } from '../../register/register-table';
import type { AppErrorData } from '../../../../shared/errors';
import type { RegisterRefusalCode } from '../../register/register-file-error';

/**
 * The largest message the parent accepts from the worker, measured by the parent itself
 * (message-size.ts): a larger one means the worker misbehaves, and it is killed and the input
 * refused. Files travel in chunks of FILE_CHUNK_BYTES, register rows in batches of about
 * ROW_BATCH_BYTES, so an honest worker stays well below it whatever the archive holds.
 */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
export const FILE_CHUNK_BYTES = 4 * 1024 * 1024;
export const ROW_BATCH_BYTES = 1024 * 1024;
/** Chunks the worker may send before the parent has acknowledged them (flow control). */
export const CHUNKS_IN_FLIGHT = 4;

/**
 * Formats decoded in the isolated worker: RAR's and 7z's WASM glue must stay out of the caller's
 * process; ZIP goes there too unless the caller's ParsingIsolation opts into reading it in process.
 */
export type IsolatedFormat = 'rar' | '7z' | 'zip';

/** An archive on disk (the application's own) or its bytes (nested, or dropped on the window). */
export type IsolatedSource = { readonly path: string } | { readonly bytes: Uint8Array };

/** A source as sent to the worker: a view is copied, so nothing beyond its bytes travels. */
export function sendable(source: IsolatedSource): IsolatedSource {
  if ('path' in source) return source;
  const { bytes } = source;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? source
    : { bytes: bytes.slice() };
}

interface Budgeted {
  readonly limits: IntakeLimits;
  readonly usage: BudgetUsage;
  /** Milliseconds left of the input's time limit. */
  readonly timeLeftMs: number;
}

/** Parent → worker. */
export type IsolatedRequest =
  /** One archive to read. */
  | (Budgeted & {
      readonly type: 'read';
      readonly format: IsolatedFormat;
      readonly source: IsolatedSource;
      readonly password: string | null;
    })
  /** Every volume of a RAR set, first to last, read together by 7-Zip. */
  | (Budgeted & {
      readonly type: 'read-volumes';
      readonly format: 'rar4' | 'rar5';
      /** How the volumes are named: "v.part1.rar"… or "v.rar", "v.r00"… (7-Zip follows it). */
      readonly scheme: 'part' | 'old';
      readonly volumes: readonly IsolatedSource[];
      readonly password: string | null;
    })
  /** A register (申报登记表), CSV or XLSX, to read into rows. */
  | {
      readonly type: 'register';
      readonly source: IsolatedSource;
      readonly limits: IntakeLimits;
      readonly timeLeftMs: number;
    }
  /** The parent has taken one more chunk: the worker may send another. */
  | { readonly type: 'ack' };

/** Worker → parent: ready, then a read's files or a register's rows, then one end message. */
export type IsolatedMessage =
  | { readonly type: 'ready' }
  /** A file begins: exactly `size` bytes follow in 'chunk' messages. */
  | {
      readonly type: 'file';
      readonly path: string;
      readonly size: number;
      /** The worker's check of the file as a document, so the parent need not parse it. */
      readonly inspection: DocumentInspection;
    }
  | { readonly type: 'chunk'; readonly bytes: Uint8Array }
  | { readonly type: 'done'; readonly findings: ProblemFinding[]; readonly usage: BudgetUsage }
  | { readonly type: 'rows'; readonly rows: RegisterTableRow[] }
  | { readonly type: 'register-done'; readonly readout: RegisterReadout }
  | ({ readonly type: 'register-refused' } & AppErrorData<RegisterRefusalCode>)
  | {
      readonly type: 'refused';
      readonly category: ProblemFinding['category'];
      readonly detail: string;
      readonly detailEn?: string;
      readonly entryPath: string | null;
    }
  | { readonly type: 'failed'; readonly message: string };
