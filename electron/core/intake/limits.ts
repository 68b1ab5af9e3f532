import { byteSize } from '../../../shared/errors/figures';

/** Ceilings on what one input may expand to. Counted on real output: headers lie. */
export interface IntakeLimits {
  /** All materials of one input together, nested archives included. */
  readonly maxTotalBytes: number;
  /** One entry. */
  readonly maxEntryBytes: number;
  /** Inflated : compressed, checked once an entry's output passes `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /** Entries of all archives of one input together, directories included. */
  readonly maxEntries: number;
  /** Wall-clock time for one input; an isolated decoder is killed when it runs out. */
  readonly timeLimitMs: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const defaultIntakeLimits: IntakeLimits = Object.freeze({
  maxTotalBytes: 2 * GiB,
  maxEntryBytes: 1 * GiB,
  maxRatio: 100,
  ratioFloorBytes: 64 * MiB,
  maxEntries: 10_000,
  timeLimitMs: 120_000,
});

/** Nested archives opened: one level (an archive inside the application's archive). */
export const MAX_NESTING_DEPTH = 1;

/** "1.5 GiB" style sizes for intake's messages (Chinese), as the error catalogue words them. */
export function formatBytes(bytes: number): string {
  return byteSize(bytes, 'zh-CN');
}
