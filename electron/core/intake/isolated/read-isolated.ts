import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import type { DocumentInspection } from '../documents/inspect-document';
import { safeEntryPath } from '../entry-path';
import { IntakeRefusal } from '../intake-problem';
import type { ProblemFinding } from '../intake-problem';
import { formatBytes } from '../limits';
import type { OutputBudget, OutputMeter } from '../output-budget';
import { intakeProblemCategories } from '../problem-category';
import { parsingIsolation } from './parsing-isolation';
import type { ParsingIsolation } from './parsing-isolation';
import { runIsolated } from './run-isolated';
import type { IsolatedReceiver } from './run-isolated';
import { sendable } from './worker-protocol';
import type {
  IsolatedFormat,
  IsolatedMessage,
  IsolatedRequest,
  IsolatedSource,
} from './worker-protocol';

export { ArchiveWorkerStartError } from './run-isolated';

const categories: ReadonlySet<string> = new Set(intakeProblemCategories);
const effects: ReadonlySet<string> = new Set(['refused', 'skipped', 'flagged']);
/** The longest text of a finding the parent keeps from the worker. */
const MAX_TEXT = 2000;

function violation(detail: string, detailEn: string): IntakeRefusal {
  return new IntakeRefusal(
    'corrupt-archive',
    `解码进程发送的数据不合规（${detail}），已终止`,
    null,
    `the decoding process broke its protocol (${detailEn}) and was stopped`,
  );
}

function isText(value: unknown, nullable = false): boolean {
  return (typeof value === 'string' && value.length <= MAX_TEXT) || (nullable && value === null);
}

/** Findings as the worker sent them, checked: a category outside the fixed set is a violation. */
function checkedFindings(value: unknown): ProblemFinding[] {
  if (!Array.isArray(value)) throw violation('问题列表格式不符', 'a malformed list of problems');
  return value.map((item: Partial<ProblemFinding>) => {
    const ok =
      categories.has(String(item.category)) &&
      effects.has(String(item.effect)) &&
      isText(item.detail) &&
      isText(item.entryPath, true) &&
      (item.detailEn === undefined || isText(item.detailEn));
    if (!ok) throw violation('问题格式不符', 'a malformed problem');
    return {
      category: item.category!,
      effect: item.effect!,
      // Shown, never used as a path: only its length is checked.
      entryPath: item.entryPath!,
      detail: item.detail!,
      ...(item.detailEn === undefined ? {} : { detailEn: item.detailEn }),
    };
  });
}

/** A file under way: its announced size is allocated once, chunks are copied in and counted. */
interface Incoming {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly inspection: DocumentInspection;
  readonly meter: OutputMeter;
  filled: number;
}

/**
 * The parent's side of a read: files arrive as a header and chunks; every byte is counted here
 * against the input's budget (entry and total sizes, entry count, clock), whatever the worker
 * says it used, and every path is checked again.
 */
class ArchiveReceiver implements IsolatedReceiver<ArchiveReadout> {
  private readonly files: ExtractedFile[] = [];
  private incoming: Incoming | null = null;

  constructor(private readonly budget: OutputBudget) {}

  receive(message: IsolatedMessage, ack: () => void): ArchiveReadout | undefined {
    switch (message.type) {
      case 'file':
        this.begin(message.path, message.size, message.inspection);
        return undefined;
      case 'chunk':
        this.take(message.bytes);
        ack();
        return undefined;
      case 'done': {
        if (this.incoming !== null) throw violation('文件未传完即结束', 'it ended within a file');
        const findings = checkedFindings(message.findings);
        // Its figures can only make the budget stricter: the parent counted what it received.
        this.budget.adopt(message.usage);
        return { files: this.files, findings };
      }
      case 'refused': {
        if (!categories.has(String(message.category)) || !isText(message.detail)) {
          throw violation('拒收理由格式不符', 'a malformed refusal');
        }
        if (!isText(message.entryPath, true) || !isText(message.detailEn ?? '')) {
          throw violation('拒收理由格式不符', 'a malformed refusal');
        }
        const entryPath = message.entryPath;
        const detailEn = typeof message.detailEn === 'string' ? message.detailEn : undefined;
        throw new IntakeRefusal(message.category, message.detail, entryPath, detailEn);
      }
      default:
        throw violation(
          `意外的消息“${String(message.type).slice(0, 40)}”`,
          'an unexpected message',
        );
    }
  }

  private begin(rawPath: unknown, size: unknown, inspection: DocumentInspection): void {
    if (this.incoming !== null) throw violation('上一个文件未传完', 'a file began within another');
    if (typeof rawPath !== 'string' || !Number.isSafeInteger(size) || (size as number) < 0) {
      throw violation('文件头格式不符', 'a malformed file header');
    }
    const length = size as number;
    // The worker checked the name too; the parent does not take its word for it.
    const path = safeEntryPath(rawPath);
    this.budget.admitEntry(path);
    this.budget.admitDeclared(path, length, null);
    const { limits } = this.budget;
    if (this.budget.usage().totalBytes + length > limits.maxTotalBytes) {
      throw new IntakeRefusal(
        'too-large',
        `解压后总大小超过上限 ${formatBytes(limits.maxTotalBytes)}`,
        path,
        `the total size after decompression is over ${formatBytes(limits.maxTotalBytes)}`,
      );
    }
    const meter = this.budget.meter(path, null);
    this.incoming = { path, bytes: new Uint8Array(length), inspection, meter, filled: 0 };
    if (length === 0) this.finish();
  }

  private take(bytes: unknown): void {
    const incoming = this.incoming;
    if (incoming === null) throw violation('文件头之前发来数据', 'data came before a file header');
    if (!(bytes instanceof Uint8Array)) throw violation('数据格式不符', 'malformed data');
    if (incoming.filled + bytes.byteLength > incoming.bytes.byteLength) {
      throw violation('数据多于文件头所说', 'more data than the file header announced');
    }
    incoming.meter.add(bytes.byteLength);
    incoming.bytes.set(bytes, incoming.filled);
    incoming.filled += bytes.byteLength;
    if (incoming.filled === incoming.bytes.byteLength) this.finish();
  }

  private finish(): void {
    const { path, bytes, inspection } = this.incoming!;
    this.files.push({ path, bytes, inspection });
    this.incoming = null;
  }

  timedOut(): IntakeRefusal {
    const seconds = Math.round(this.budget.limits.timeLimitMs / 1000);
    return new IntakeRefusal(
      'zip-bomb',
      `解压超过时间限制 ${seconds} 秒，已终止 (time limit)`,
      null,
      `decompression ran over the time limit of ${seconds} s and was stopped`,
    );
  }

  died(how: string): IntakeRefusal {
    return new IntakeRefusal(
      'corrupt-archive',
      `解码进程意外退出 (${how})：解码器在这些数据上崩溃，压缩包很可能已损坏`,
      null,
      `the decoding process ended unexpectedly (${how}): the decoder crashed on this data, the archive is most likely damaged`,
    );
  }

  violated(detail: string, detailEn: string): IntakeRefusal {
    return violation(detail, detailEn);
  }
}

type ReadRequest = Extract<IsolatedRequest, { type: 'read' | 'read-volumes' }>;
/** What a read asks for, each kind apart; the password, limits, usage and time are added here. */
type Asked<R> = R extends unknown ? Omit<R, 'password' | 'limits' | 'usage' | 'timeLeftMs'> : never;
type ReadAsked = Asked<ReadRequest>;

/** One read in a fresh worker, under the input's budget and with the time it has left. */
function readInWorker(
  asked: ReadAsked,
  options: ReadOptions,
  budget: OutputBudget,
  isolation: ParsingIsolation,
): Promise<ArchiveReadout> {
  const timeLeftMs = Math.max(0, budget.deadline - Date.now());
  const request: ReadRequest = {
    ...asked,
    password: options.password,
    limits: budget.limits,
    usage: budget.usage(),
    timeLeftMs,
  };
  return runIsolated(request, timeLeftMs, new ArchiveReceiver(budget), isolation);
}

/**
 * Reads a RAR, 7z (or, unless the isolation lets ZIP be read in process, ZIP) archive in a
 * separate process with a time limit. The worker is killed on time-out (refused as 'zip-bomb',
 * "time limit") and after every archive: the WASM decoders are not trusted to be reusable after
 * a failure.
 */
export function readIsolated(
  format: IsolatedFormat,
  source: IsolatedSource,
  options: ReadOptions,
  budget: OutputBudget,
  isolation: ParsingIsolation = parsingIsolation(),
): Promise<ArchiveReadout> {
  const asked = { type: 'read', format, source: sendable(source) } as const;
  return readInWorker(asked, options, budget, isolation);
}

/** Reads every volume of a RAR set together, with 7-Zip, in the isolated worker. */
export function readVolumesIsolated(
  format: 'rar4' | 'rar5',
  scheme: 'part' | 'old',
  volumes: readonly IsolatedSource[],
  options: ReadOptions,
  budget: OutputBudget,
  isolation: ParsingIsolation = parsingIsolation(),
): Promise<ArchiveReadout> {
  const asked = { type: 'read-volumes', format, scheme, volumes: volumes.map(sendable) } as const;
  return readInWorker(asked, options, budget, isolation);
}
