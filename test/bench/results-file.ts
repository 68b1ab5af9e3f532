/**
 * bench-results.json, rewritten whole and atomically (temp file, then rename) after every row,
 * so that a bench stopped halfway still leaves every row it finished, under its header.
 */
import { rename, writeFile } from 'node:fs/promises';
import type { BenchRow } from './bench-result';
import type { MachineInfo } from './machine';

export interface ResultsHeader {
  readonly command: string;
  readonly startedAt: string;
  readonly machine: MachineInfo;
  readonly scratch: {
    readonly path: string;
    readonly freeBytes: number;
    readonly neededBytes: number;
  };
  readonly modules: readonly string[];
  /** Timed runs of each side per row (after one warm-up run each). */
  readonly repeats: number;
  /** 1, 5 and 15 minute load averages before the first row: anything else running shows here. */
  readonly loadAverageAtStart: readonly number[];
}

export interface ResultsFileContent extends ResultsHeader {
  readonly format: 'qbr-bench-results';
  readonly version: 2;
  readonly rows: readonly BenchRow[];
  readonly failures: readonly { readonly module: string; readonly message: string }[];
  /** Set once the run is over; absent while it runs or if it was stopped. */
  readonly finishedAt?: string;
  readonly wallSeconds?: number;
}

export class ResultsFile {
  private readonly rows: BenchRow[] = [];
  private readonly failures: { module: string; message: string }[] = [];
  private finished: { finishedAt: string; wallSeconds: number } | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly header: ResultsHeader,
  ) {}

  content(): ResultsFileContent {
    return {
      format: 'qbr-bench-results',
      version: 2,
      ...this.header,
      rows: [...this.rows],
      failures: [...this.failures],
      ...(this.finished ?? {}),
    };
  }

  addRow(row: BenchRow): Promise<void> {
    this.rows.push(row);
    return this.write();
  }

  addFailure(module: string, message: string): Promise<void> {
    this.failures.push({ module, message });
    return this.write();
  }

  finish(wallSeconds: number): Promise<void> {
    this.finished = { finishedAt: new Date().toISOString(), wallSeconds };
    return this.write();
  }

  /** One write at a time, each of the whole file as it stands. */
  write(): Promise<void> {
    const text = `${JSON.stringify(this.content(), null, 2)}\n`;
    const next = this.writing.then(async () => {
      const temp = `${this.path}.${process.pid}.tmp`;
      await writeFile(temp, text);
      await rename(temp, this.path);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
