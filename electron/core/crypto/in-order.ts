/**
 * Read-ahead with the order kept: runs `task(i)` for i = 0…count−1, at most `window` at a time,
 * and yields their results in order. A task's failure is thrown when its turn comes, after every
 * result before it and before any after it. When the generator ends early (abandoned, or on a
 * failure) no further task starts, and it returns only once the tasks already started have
 * ended: none still uses a buffer or a file descriptor the caller is about to reuse or close.
 */
export async function* inOrder<T>(
  count: number,
  window: number,
  task: (index: number) => Promise<T>,
): AsyncGenerator<T> {
  if (!Number.isInteger(window) || window < 1) throw new RangeError('the window holds a task');
  const running: Promise<T>[] = [];
  let started = 0;
  const start = () => {
    const result = task(started++);
    // Marked handled now: a failure is thrown by the await below, in its turn.
    result.catch(() => undefined);
    running.push(result);
  };
  try {
    while (started < Math.min(count, window)) start();
    for (let i = 0; i < count; i++) {
      const result = await running.shift()!;
      if (started < count) start();
      yield result;
    }
  } finally {
    await Promise.allSettled(running);
  }
}
