/**
 * reader_heap_25_materials as a row: the renderer's JS heap after the 25th material against the
 * heap after the first, each read after a forced garbage collection, over several runs. The
 * heap after the first material stands where a peer stands in the other rows, so the row's
 * ratio (first ÷ last) and target (at least 0.5: growth under 2×) read as every other row's do.
 */
import { median } from './alternating';
import type { BenchRow, MeasuredSide } from './bench-result';
import { lowerIsBetter } from './bench-result';

export interface HeapRun {
  /** MB (10^6 bytes) of JS heap in use after the first material, after a forced GC. */
  readonly firstMB: number;
  /** The same after the last material. */
  readonly lastMB: number;
  /** The heap after each material in turn, for the notes: a leak shows as a steady climb. */
  readonly afterEachMB: readonly number[];
  /** Wall seconds the run took (every material opened and shown). */
  readonly seconds: number;
}

/** Growth above this (last ÷ first) fails the target (issue 9, point 14). */
export const HEAP_GROWTH_LIMIT = 2;

function side(name: string, work: string, values: readonly number[], seconds: readonly number[]) {
  return {
    name,
    work,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    seconds,
  } satisfies MeasuredSide;
}

export function heapRow(
  runs: readonly HeapRun[],
  materials: { readonly count: number; readonly described: string },
  notes: readonly string[] = [],
): BenchRow {
  if (runs.length === 0) throw new Error('no heap run was measured');
  const seconds = runs.map((run) => run.seconds);
  const ours = side(
    `after ${materials.count} materials`,
    `renderer JS heap after opening ${materials.count} materials in turn (${materials.described}), each shown before the next; forced GC (HeapProfiler.collectGarbage), then Runtime.getHeapUsage`,
    runs.map((run) => run.lastMB),
    seconds,
  );
  const first = side(
    'after the first material',
    'the same page, the same reading, after the first material',
    runs.map((run) => run.firstMB),
    seconds,
  );
  const ratio = lowerIsBetter(ours.median, first.median);
  const growths = runs.map((run) => run.lastMB / run.firstMB);
  const growth = median(growths);
  // The run whose growth is the median one: its climb is the typical one.
  const typical = [...runs].sort((a, b) => a.lastMB / a.firstMB - b.lastMB / b.firstMB)[
    Math.floor(runs.length / 2)
  ]!;
  const climb = typical.afterEachMB.map((mb) => mb.toFixed(1));
  return {
    name: 'reader_heap_25_materials',
    unit: 'MB',
    better: 'lower',
    repeats: runs.length,
    warmup: 0,
    // Read in this order within each run.
    order: [first.name, ours.name],
    ours,
    peers: [{ ...first, ratio }],
    bestPeer: { name: first.name, ratio },
    // Met when the median heaps grew less than the limit (the ratio printed is first ÷ last).
    target: { ratio: 1 / HEAP_GROWTH_LIMIT, met: ratio > 1 / HEAP_GROWTH_LIMIT },
    notes: [
      `growth: median ${growth.toFixed(2)}× the heap after the first material ` +
        `[${Math.min(...growths).toFixed(2)}–${Math.max(...growths).toFixed(2)}] over ${runs.length} runs ` +
        `(target: under ${HEAP_GROWTH_LIMIT}×, i.e. ratio ≥ ${(1 / HEAP_GROWTH_LIMIT).toFixed(2)})`,
      `heap after each material, the median run (MB): ${climb.join(' ')}`,
      ...notes,
    ],
  };
}
