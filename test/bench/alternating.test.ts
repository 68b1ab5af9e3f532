/**
 * The measuring helper every row goes through: the order sides run in, what is timed, the
 * medians, spreads and ratios it reports, and a missing peer recorded rather than run. Time is
 * a fake clock here: nothing in this file measures speed.
 */
import { describe, expect, it } from 'vitest';
import { median, repeatsFrom, rowFrom, timeAlternating } from './alternating';
import type { Side } from './alternating';
import { isMissing } from './bench-result';

/** A clock that each side's run advances by its own fixed cost, one list entry per run. */
function fakeTimes(costs: Record<string, number[]>) {
  let now = 0;
  const calls: string[] = [];
  const side = (name: string, extra: Partial<Side> = {}): Side => ({
    name,
    work: `${name} work`,
    run: async () => {
      calls.push(name);
      now += (costs[name]?.shift() ?? 0) * 1000;
    },
    ...extra,
  });
  return { side, calls, clock: () => now };
}

const nothingMissing = async () => null;

describe('timeAlternating', () => {
  it('runs one warm-up of each side, then the sides in turn, and times only the runs', async () => {
    const { side, calls, clock } = fakeTimes({
      ours: [9, 1, 2, 3, 4, 5],
      a: [9, 2, 2, 2, 2, 2],
      b: [9, 4, 4, 4, 4, 4],
    });
    const hooks: string[] = [];
    const ours = side('ours', {
      before: async () => void hooks.push('before'),
      after: async () => void hooks.push('after'),
    });
    const times = await timeAlternating([ours, side('a'), side('b')], {
      repeats: 5,
      missing: nothingMissing,
      clock,
    });
    expect(calls).toEqual([
      ...['ours', 'a', 'b'], // warm-up
      ...['ours', 'a', 'b', 'ours', 'a', 'b', 'ours', 'a', 'b', 'ours', 'a', 'b', 'ours', 'a', 'b'],
    ]);
    expect(hooks).toHaveLength(12);
    expect(times.order).toEqual(['ours', 'a', 'b']);
    expect(times.sides[0]).toMatchObject({ seconds: [1, 2, 3, 4, 5] });
    expect(times.sides[1]).toMatchObject({ seconds: [2, 2, 2, 2, 2] });
  });

  it('records a side whose tool is missing as missing and never runs it', async () => {
    const { side, calls, clock } = fakeTimes({});
    const asked: string[][] = [];
    const times = await timeAlternating(
      [side('ours'), side('age -e', { tools: ['age'] }), side('openssl', { tools: ['openssl'] })],
      {
        repeats: 5,
        warmup: 0,
        clock,
        missing: async (tools) => {
          asked.push([...tools]);
          return tools.includes('age') ? 'age (Debian package age)' : null;
        },
      },
    );
    expect(calls.filter((name) => name === 'age -e')).toEqual([]);
    expect(calls.filter((name) => name === 'openssl')).toHaveLength(5);
    expect(times.sides[1]).toEqual({
      name: 'age -e',
      work: 'age -e work',
      missing: 'age (Debian package age)',
    });
    expect(asked).toEqual([['age'], ['openssl']]);
  });

  it('refuses fewer than five runs and an ours side that needs a tool', async () => {
    const { side, clock } = fakeTimes({});
    await expect(
      timeAlternating([side('ours')], { repeats: 4, missing: nothingMissing, clock }),
    ).rejects.toThrow(RangeError);
    await expect(
      timeAlternating([side('ours', { tools: ['age'] })], { missing: nothingMissing, clock }),
    ).rejects.toThrow(RangeError);
  });
});

describe('rowFrom', () => {
  const times = {
    repeats: 5,
    warmup: 1,
    order: ['ours', 'fast', 'slow'],
    sides: [
      { name: 'ours', work: 'w', seconds: [2, 1, 4, 2.5, 2] },
      { name: 'fast', work: 'w', seconds: [1, 1, 1, 1, 1] },
      { name: 'slow', work: 'w', seconds: [4, 4, 5, 4, 3] },
      { name: 'gone', work: 'w', missing: 'age (Debian package age)' },
    ],
  };

  it('reports medians and spreads in the unit, ratios, and the best peer against the target', () => {
    const row = rowFrom(
      { name: 'r', unit: 'MB/s', better: 'higher', value: (s) => 100 / s, target: 0.8 },
      times,
    );
    expect(row.ours).toMatchObject({ median: 50, min: 25, max: 100 });
    const [fast, slow, gone] = row.peers;
    expect(fast).toMatchObject({ median: 100, ratio: 0.5 });
    expect(slow).toMatchObject({ median: 25, ratio: 2, min: 20, max: 100 / 3 });
    expect(gone !== undefined && isMissing(gone)).toBe(true);
    expect(row.bestPeer).toEqual({ name: 'fast', ratio: 0.5 });
    expect(row.target).toEqual({ ratio: 0.8, met: false });
  });

  it('turns the ratio round where less is better', () => {
    const row = rowFrom({ name: 'r', unit: 's', better: 'lower', value: (s) => s }, times);
    expect(row.ours.median).toBe(2);
    expect(row.peers[0]).toMatchObject({ median: 1, ratio: 0.5 });
    expect(row.peers[1]).toMatchObject({ median: 4, ratio: 2 });
    expect(row.target).toBeUndefined();
  });
});

describe('median and repeats', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reads QBR_BENCH_REPEATS: 7 by default, an integer of at least 5 otherwise', () => {
    expect(repeatsFrom(undefined)).toBe(7);
    expect(repeatsFrom('9')).toBe(9);
    expect(repeatsFrom('4')).toBeNull();
    expect(repeatsFrom('5.5')).toBeNull();
    expect(repeatsFrom('many')).toBeNull();
  });
});
