import { IntakeRefusal } from './intake-problem';
import { formatBytes } from './limits';
import type { IntakeLimits } from './limits';

/** What an input has used so far; crosses into the isolated decoder and back. */
export interface BudgetUsage {
  readonly totalBytes: number;
  readonly entries: number;
}

/**
 * Counts entries and real output bytes for one input (nested archives included) and refuses
 * as soon as a limit is passed, before the next chunk is kept.
 */
export class OutputBudget {
  private totalBytes: number;
  private entries: number;

  constructor(
    readonly limits: IntakeLimits,
    /** Date.now() after which decoding stops. */
    readonly deadline: number,
    usage: BudgetUsage = { totalBytes: 0, entries: 0 },
  ) {
    this.totalBytes = usage.totalBytes;
    this.entries = usage.entries;
  }

  usage(): BudgetUsage {
    return { totalBytes: this.totalBytes, entries: this.entries };
  }

  /** Takes over what an isolated worker counted for its archive. */
  adopt(usage: BudgetUsage): void {
    this.totalBytes = Math.max(this.totalBytes, usage.totalBytes);
    this.entries = Math.max(this.entries, usage.entries);
  }

  /** Refuses up front when the archive's own entry count is already over the limit. */
  admitEntryCount(count: number): void {
    if (this.entries + count > this.limits.maxEntries) {
      throw new IntakeRefusal(
        'zip-bomb',
        `条目数 ${this.entries + count} 超过上限 ${this.limits.maxEntries}`,
      );
    }
  }

  admitEntry(entryPath: string): void {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      throw new IntakeRefusal('zip-bomb', `条目数超过上限 ${this.limits.maxEntries}`, entryPath);
    }
  }

  /** Checks an entry's declared sizes before decoding it; a header that admits a bomb is believed. */
  admitDeclared(entryPath: string, declaredSize: number, packedSize: number | null): void {
    if (declaredSize > this.limits.ratioFloorBytes && packedSize !== null) {
      if (declaredSize > this.limits.maxRatio * Math.max(packedSize, 1)) {
        throw new IntakeRefusal(
          'zip-bomb',
          `声明的压缩比 ${ratioText(declaredSize, packedSize)} 超过 ${this.limits.maxRatio}:1`,
          entryPath,
        );
      }
    }
    if (declaredSize > this.limits.maxEntryBytes) {
      throw new IntakeRefusal(
        'too-large',
        `文件大小 ${formatBytes(declaredSize)} 超过单个文件上限 ${formatBytes(this.limits.maxEntryBytes)}`,
        entryPath,
      );
    }
  }

  /** A meter for one entry's real output. `packedSize` null: not known per entry (solid 7z). */
  meter(entryPath: string, packedSize: number | null): OutputMeter {
    return new OutputMeter(this, entryPath, packedSize);
  }

  /** Called by meters; refuses on the total or the clock. */
  addOutput(entryPath: string, bytes: number): void {
    this.totalBytes += bytes;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      throw new IntakeRefusal(
        'too-large',
        `解压后总大小超过上限 ${formatBytes(this.limits.maxTotalBytes)}`,
        entryPath,
      );
    }
    this.checkClock(entryPath);
  }

  checkClock(entryPath: string | null): void {
    if (Date.now() > this.deadline) {
      throw new IntakeRefusal(
        'zip-bomb',
        `解压超过时间限制 ${Math.round(this.limits.timeLimitMs / 1000)} 秒 (time limit)`,
        entryPath,
      );
    }
  }
}

/** Real output of one entry, checked chunk by chunk. */
export class OutputMeter {
  private bytes = 0;

  constructor(
    private readonly budget: OutputBudget,
    readonly entryPath: string,
    private readonly packedSize: number | null,
  ) {}

  get total(): number {
    return this.bytes;
  }

  add(chunkBytes: number): void {
    this.bytes += chunkBytes;
    const { limits } = this.budget;
    if (this.packedSize !== null && this.bytes > limits.ratioFloorBytes) {
      if (this.bytes > limits.maxRatio * Math.max(this.packedSize, 1)) {
        throw new IntakeRefusal(
          'zip-bomb',
          `实际压缩比超过 ${limits.maxRatio}:1（${formatBytes(this.bytes)} 来自 ${formatBytes(this.packedSize)}）`,
          this.entryPath,
        );
      }
    }
    if (this.bytes > limits.maxEntryBytes) {
      throw new IntakeRefusal(
        'too-large',
        `解压后超过单个文件上限 ${formatBytes(limits.maxEntryBytes)}`,
        this.entryPath,
      );
    }
    this.budget.addOutput(this.entryPath, chunkBytes);
  }
}

function ratioText(declared: number, packed: number): string {
  return `${Math.round(declared / Math.max(packed, 1))}:1`;
}
