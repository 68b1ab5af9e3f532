/** Running async work a few at a time: the packages of one sealing, and their key wraps. */

/**
 * Runs `work` over `items` with at most `limit` at a time; results in the items' order. After a
 * failure no further item starts, and the first failure is thrown once those already running
 * have ended (so nothing still writes when the caller cleans up, e.g. wipes the keys).
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await work(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, lane),
  );
  const failure = lanes.find((lane) => lane.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return results;
}

/** Runs the tasks given to it at most `limit` at a time, in the order they were given. */
export function limiter(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
