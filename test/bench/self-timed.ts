/**
 * Sides that time their own work, run through the same alternating helper as every row. The
 * reader's side is timed inside the page (from the material's bytes in the renderer to its
 * first painted screen): the wall clock around `page.evaluate` would add the DevTools round
 * trip and the base64 transfer, which no user waits for. A peer stays wall-clock timed, start-up
 * included, as a user running it would wait for it.
 */
import { timeAlternating } from './alternating';
import type { AlternatingOptions, AlternatingTimes, Side } from './alternating';

export interface SelfTimedSide extends Omit<Side, 'run'> {
  /** The work, returning the seconds it measured itself. */
  readonly measure: () => Promise<number>;
}

export type AnySide = Side | SelfTimedSide;

function isSelfTimed(side: AnySide): side is SelfTimedSide {
  return 'measure' in side;
}

/**
 * timeAlternating over `sides`, with each self-timed side's seconds replaced by the ones it
 * measured (the warm-up's dropped, as the helper drops its own).
 */
export async function timeAlternatingSelfTimed(
  sides: readonly AnySide[],
  options: AlternatingOptions,
): Promise<AlternatingTimes> {
  const measured = new Map<string, number[]>();
  const plain: Side[] = sides.map((side) => {
    if (!isSelfTimed(side)) return side;
    const own: number[] = [];
    measured.set(side.name, own);
    const { measure, ...rest } = side;
    return {
      ...rest,
      run: async () => {
        const seconds = await measure();
        if (!Number.isFinite(seconds) || seconds < 0)
          throw new Error(`${side.name} measured no time (${seconds})`);
        own.push(seconds);
      },
    };
  });
  const times = await timeAlternating(plain, options);
  return {
    ...times,
    sides: times.sides.map((side) => {
      const own = measured.get(side.name);
      if (own === undefined || 'missing' in side) return side;
      return { ...side, seconds: own.slice(own.length - times.repeats) };
    }),
  };
}
