/**
 * The one way every row is measured: each side run N ≥ 5 times in alternating order (ours,
 * peer A, peer B, ours, peer A, …) after one untimed warm-up run of each, so that a slow minute
 * of the disk or the page cache falls on every side alike; the median reported, with the
 * spread (min and max). A side whose tool is missing is recorded as missing, not run.
 */
import type { BenchContext } from './bench-context';
import { higherIsBetter, isMissing, lowerIsBetter } from './bench-result';
import type { BenchRow, MeasuredSide, PeerSide } from './bench-result';
import { loadAverage } from './machine';
import type { PeerTool } from './peer-tools';

export const MIN_REPEATS = 5;
export const DEFAULT_REPEATS = 7;

/** The repeats QBR_BENCH_REPEATS asks for (default 7); null when it is not an integer ≥ 5. */
export function repeatsFrom(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return DEFAULT_REPEATS;
  const repeats = Number(value);
  return Number.isInteger(repeats) && repeats >= MIN_REPEATS ? repeats : null;
}

export interface Side {
  /** Short, as printed in the table: "ours", "age -e", "age -e, then sha256sum". */
  readonly name: string;
  /** The work done, in words: what is read, computed, written, synced. */
  readonly work: string;
  /** External commands it runs; if one is missing the side is recorded as missing. */
  readonly tools?: readonly PeerTool[];
  /** Untimed, before every run (warm-up included): e.g. remove the previous run's output. */
  readonly before?: () => Promise<void>;
  /** The timed work. */
  readonly run: () => Promise<void>;
  /** Untimed, after every run. */
  readonly after?: () => Promise<void>;
}

export type SideTimes =
  | { readonly name: string; readonly work: string; readonly seconds: readonly number[] }
  | { readonly name: string; readonly work: string; readonly missing: string };

export interface AlternatingOptions {
  readonly repeats?: number;
  readonly warmup?: number;
  readonly log?: (line: string) => void;
  /** What is missing among the tools (null: nothing); PeerTools.missing in a real run. */
  readonly missing: (tools: readonly PeerTool[]) => Promise<string | null>;
  /** Milliseconds; performance.now by default (replaced in the helper's unit test). */
  readonly clock?: () => number;
}

export interface AlternatingTimes {
  readonly repeats: number;
  readonly warmup: number;
  readonly order: readonly string[];
  readonly sides: readonly SideTimes[];
}

/** Runs the sides round by round; `sides[0]` is ours and must need no external tool. */
export async function timeAlternating(
  sides: readonly Side[],
  options: AlternatingOptions,
): Promise<AlternatingTimes> {
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const warmup = options.warmup ?? 1;
  if (!Number.isInteger(repeats) || repeats < MIN_REPEATS) {
    throw new RangeError(`each side runs at least ${MIN_REPEATS} times`);
  }
  if (sides.length === 0 || (sides[0]?.tools?.length ?? 0) > 0) {
    throw new RangeError('the first side is ours, and needs no external tool');
  }
  const clock = options.clock ?? (() => performance.now());
  const present: Side[] = [];
  const missing = new Map<Side, string>();
  for (const side of sides) {
    const absent = side.tools === undefined ? null : await options.missing(side.tools);
    if (absent === null) present.push(side);
    else missing.set(side, absent);
  }
  const seconds = new Map<Side, number[]>(present.map((side) => [side, []]));
  const once = async (side: Side): Promise<number> => {
    await side.before?.();
    const started = clock();
    await side.run();
    const elapsed = (clock() - started) / 1000;
    await side.after?.();
    return elapsed;
  };
  for (let round = 0; round < warmup; round++) {
    for (const side of present) await once(side);
  }
  for (let round = 0; round < repeats; round++) {
    const line: string[] = [];
    for (const side of present) {
      const elapsed = await once(side);
      seconds.get(side)!.push(elapsed);
      line.push(`${side.name} ${elapsed.toFixed(2)} s`);
    }
    options.log?.(`round ${round + 1}/${repeats}: ${line.join(' · ')}`);
  }
  return {
    repeats,
    warmup,
    order: present.map((side) => side.name),
    sides: sides.map((side) => {
      const absent = missing.get(side);
      return absent === undefined
        ? { name: side.name, work: side.work, seconds: seconds.get(side)! }
        : { name: side.name, work: side.work, missing: absent };
    }),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface RowSpec {
  readonly name: string;
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  /** One run's wall seconds in the row's unit, e.g. (s) => 500 / s for MB/s of 500 MB. */
  readonly value: (seconds: number) => number;
  /** Ours must reach at least this × the best peer (issue 7, point 10). */
  readonly target?: number;
  readonly notes?: readonly string[];
}

function measured(
  side: { name: string; work: string; seconds: readonly number[] },
  value: (seconds: number) => number,
): MeasuredSide {
  const values = side.seconds.map(value);
  return {
    name: side.name,
    work: side.work,
    // The value of the median time: for an odd count it is exactly the median value.
    median: value(median(side.seconds)),
    min: Math.min(...values),
    max: Math.max(...values),
    seconds: side.seconds,
  };
}

/** The row from the times: medians, spreads, each peer's ratio and the best peer. */
export function rowFrom(spec: RowSpec, times: AlternatingTimes): BenchRow {
  const [first, ...rest] = times.sides;
  if (first === undefined || 'missing' in first) throw new Error('our side was not measured');
  const ours = measured(first, spec.value);
  const ratio = spec.better === 'higher' ? higherIsBetter : lowerIsBetter;
  const peers: PeerSide[] = rest.map((side) => {
    if ('missing' in side) return side;
    const peer = measured(side, spec.value);
    return { ...peer, ratio: ratio(ours.median, peer.median) };
  });
  let bestPeer: BenchRow['bestPeer'] = null;
  for (const peer of peers) {
    if (isMissing(peer)) continue;
    if (bestPeer === null || peer.ratio < bestPeer.ratio) {
      bestPeer = { name: peer.name, ratio: peer.ratio };
    }
  }
  return {
    name: spec.name,
    unit: spec.unit,
    better: spec.better,
    repeats: times.repeats,
    warmup: times.warmup,
    order: times.order,
    ours,
    peers,
    bestPeer,
    ...(spec.target === undefined
      ? {}
      : {
          target: {
            ratio: spec.target,
            met: bestPeer === null ? null : bestPeer.ratio >= spec.target,
          },
        }),
    notes: spec.notes ?? [],
  };
}

/** Measures one row with the shared helper and writes it to bench-results.json at once. */
export async function measureRow(
  ctx: BenchContext,
  spec: RowSpec,
  sides: readonly Side[],
  options: { readonly repeats?: number; readonly warmup?: number } = {},
): Promise<BenchRow> {
  ctx.log(`${spec.name}: ${sides.map((side) => side.name).join(' / ')}`);
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    ...options,
    log: (line) => ctx.log(`${spec.name} ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });
  const row = { ...rowFrom(spec, times), loadAverage: loadAverage() };
  await ctx.record(row);
  return row;
}
