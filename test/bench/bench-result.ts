/**
 * The shape of one row of `bench-results.json`: our side and each peer, every one measured
 * several times in alternating order, with the work each side did said in words.
 */

/** One side measured: the median and the spread, in the row's unit, and the raw times. */
export interface MeasuredSide {
  readonly name: string;
  /** What this side did, in words: the same work on both sides is the point of a row. */
  readonly work: string;
  readonly median: number;
  /** The worst and best runs, in the row's unit (for MB/s, min comes from the slowest run). */
  readonly min: number;
  readonly max: number;
  /** Wall seconds of every timed run, in the order they ran. */
  readonly seconds: readonly number[];
}

/** A peer whose tool is not installed: recorded as such, never silently dropped. */
export interface MissingSide {
  readonly name: string;
  readonly work: string;
  /** e.g. "age (Debian package age)". */
  readonly missing: string;
}

export type PeerSide = (MeasuredSide & { readonly ratio: number }) | MissingSide;

export interface BenchRow {
  readonly name: string;
  readonly unit: string;
  /** 'higher' for throughput, 'lower' for seconds. */
  readonly better: 'higher' | 'lower';
  /** Timed runs of each side; an untimed warm-up run of each comes first. */
  readonly repeats: number;
  readonly warmup: number;
  /** The order the sides ran in, once per round. */
  readonly order: readonly string[];
  readonly ours: MeasuredSide;
  /** Each peer with `ratio`: how many times better ours is (above 1 is better, whatever the unit). */
  readonly peers: readonly PeerSide[];
  /** The fastest peer measured, and ours against it. */
  readonly bestPeer: { readonly name: string; readonly ratio: number } | null;
  /** A goal set for this row (issue 7, point 10): ours at least `ratio` × the best peer. */
  readonly target?: {
    readonly ratio: number;
    readonly met: boolean | null;
    /** When the target is judged on another measure than the runs' medians: which, and ours' ratio on it. */
    readonly basis?: string;
  };
  readonly notes: readonly string[];
  /** 1, 5 and 15 minute load averages when the row finished (ours included). */
  readonly loadAverage?: readonly number[];
}

export function isMissing(side: PeerSide): side is MissingSide {
  return 'missing' in side;
}

/** Ratio for a measurement where more is better (throughput). */
export function higherIsBetter(ours: number, peer: number): number {
  return peer === 0 ? Number.POSITIVE_INFINITY : ours / peer;
}

/** Ratio for a measurement where less is better (seconds). */
export function lowerIsBetter(ours: number, peer: number): number {
  return ours === 0 ? Number.POSITIVE_INFINITY : peer / ours;
}
