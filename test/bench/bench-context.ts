/** What the runner gives every bench module. */
import type { BenchRow } from './bench-result';
import type { PeerTools } from './peer-tools';

export interface BenchContext {
  /** A scratch folder on the bench disk for this module, removed afterwards. */
  readonly scratchDir: string;
  /** os.availableParallelism(): what "every core" means for ours and for the peers. */
  readonly cores: number;
  /** Timed runs of each side per row: 7, or QBR_BENCH_REPEATS (at least 5). */
  readonly repeats: number;
  readonly log: (line: string) => void;
  readonly tools: PeerTools;
  /** Writes the row to bench-results.json at once (the whole file, atomically). */
  readonly record: (row: BenchRow) => Promise<void>;
}

/** A bench module: measures its rows with measureRow, which records each as it finishes. */
export interface BenchModule {
  run(ctx: BenchContext): Promise<void>;
}
