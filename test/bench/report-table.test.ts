/**
 * The printed row's target line: the measure it was judged on is named when a row judges its
 * target on another measure than the runs' medians (journal_append judges per acknowledged edit).
 */
import { describe, expect, it } from 'vitest';
import type { BenchRow } from './bench-result';
import { formatRow } from './report-table';

const row: BenchRow = {
  name: 'journal_append',
  unit: 'ms/edit',
  better: 'lower',
  repeats: 5,
  warmup: 1,
  order: ['ours', 'peer'],
  ours: { name: 'ours', work: 'appends', median: 0.5, min: 0.4, max: 0.6, seconds: [] },
  peers: [
    {
      name: 'peer',
      work: 'write + fsync',
      median: 0.3,
      min: 0.3,
      max: 0.4,
      seconds: [],
      ratio: 0.6,
    },
  ],
  bestPeer: { name: 'peer', ratio: 0.6 },
  notes: [],
};

describe('formatRow', () => {
  it('prints the target judged on the best peer when no other basis is named', () => {
    const text = formatRow({ ...row, target: { ratio: 1 / 1.5, met: false } });
    expect(text).toContain('best peer: peer, ours ×0.60; target ≥ ×0.67: not met');
  });

  it('names the measure a target was judged on, with its verdict', () => {
    const text = formatRow({
      ...row,
      target: { ratio: 1 / 1.5, met: true, basis: 'judged per acknowledged edit: ours ×0.75' },
    });
    expect(text).toContain(
      'ours ×0.60; target ≥ ×0.67 (judged per acknowledged edit: ours ×0.75): met',
    );
  });
});
