/** The shape of `bench-results.json`: one entry per measurement, compared with its peers. */
export interface PeerResult {
  readonly name: string;
  readonly value: number;
  /** How many times better ours is than the peer: above 1 is better, whatever the unit. */
  readonly ratio: number;
}

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly peers: readonly PeerResult[];
}

export interface BenchContext {
  /** A scratch folder for this run, removed afterwards. */
  readonly scratchDir: string;
  readonly log: (line: string) => void;
}

/** Ratio for a measurement where more is better (throughput). */
export function higherIsBetter(ours: number, peer: number): number {
  return peer === 0 ? Number.POSITIVE_INFINITY : ours / peer;
}

/** Ratio for a measurement where less is better (latency). */
export function lowerIsBetter(ours: number, peer: number): number {
  return ours === 0 ? Number.POSITIVE_INFINITY : peer / ours;
}
