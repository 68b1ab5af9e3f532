/**
 * The memory of record numbers, kept up behind the journal's saves: a burst remembered once per
 * window, never a write straight after another, the newest number winning, a failure retried
 * before the next save and thrown as the journal's typed refusal, close and compaction waiting.
 * Fake timers: the window is a count of milliseconds, not a speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import {
  MEMORY_WINDOW_MS,
  laggingMemory,
} from '../../../../electron/core/journal/journal-lagging-memory';
import { diskError } from './failing-disk';

/** A memory whose writes finish when the test says, and that fails while told to. */
function heldMemory() {
  const written: number[] = [];
  const pending: { n: number; finish: () => void; fail: (e: unknown) => void }[] = [];
  let failWith: string | null = null;
  const remember = vi.fn(
    (n: number) =>
      new Promise<void>((resolve, reject) => {
        if (failWith !== null) {
          reject(diskError(failWith));
          return;
        }
        pending.push({
          n,
          finish: () => {
            written.push(n);
            resolve();
          },
          fail: reject,
        });
      }),
  );
  return {
    remember,
    written,
    /** Finishes the write under way. */
    finish: () => pending.shift()!.finish(),
    inFlight: () => pending.map((p) => p.n),
    failWith: (code: string | null) => void (failWith = code),
  };
}

/** A memory that writes at once. */
function quickMemory() {
  const written: number[] = [];
  const remember = vi.fn(async (n: number) => void written.push(n));
  return { remember, written };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the lagging memory', () => {
  it('remembers a burst of saves in one write, at the end of the window the first one opened', async () => {
    const disk = quickMemory();
    const memory = laggingMemory(disk.remember);
    for (let n = 1; n <= 5; n++) memory.follow(n);
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS - 1);
    expect(disk.remember).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.written).toEqual([5]);
    await vi.advanceTimersByTimeAsync(10 * MEMORY_WINDOW_MS);
    expect(disk.remember).toHaveBeenCalledTimes(1);
  });

  it('writes what came during a write one window later, not straight after it', async () => {
    const disk = heldMemory();
    const memory = laggingMemory(disk.remember);
    memory.follow(1);
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS);
    expect(disk.inFlight()).toEqual([1]);
    memory.follow(2);
    memory.follow(3);
    disk.finish();
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS - 1);
    expect(disk.remember).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.inFlight()).toEqual([3]);
    disk.finish();
    await vi.advanceTimersByTimeAsync(10 * MEMORY_WINDOW_MS);
    expect(disk.written).toEqual([1, 3]);
  });

  it('keeps the highest number asked, whatever the order of the saves', async () => {
    const disk = quickMemory();
    const memory = laggingMemory(disk.remember);
    memory.follow(7);
    memory.follow(4);
    await memory.flush();
    expect(disk.written).toEqual([7]);
    memory.follow(6);
    await memory.flush();
    expect(disk.written).toEqual([7]);
  });

  it('on flush, writes at once what is not yet remembered and waits for it', async () => {
    const disk = heldMemory();
    const memory = laggingMemory(disk.remember);
    memory.follow(2);
    let flushed = false;
    const flushing = memory.flush().then(() => void (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight()).toEqual([2]);
    expect(flushed).toBe(false);
    disk.finish();
    await flushing;
    expect(disk.written).toEqual([2]);
    // Nothing left in a window: no write later.
    await vi.advanceTimersByTimeAsync(10 * MEMORY_WINDOW_MS);
    expect(disk.remember).toHaveBeenCalledTimes(1);
  });

  it('on flush, lets a write under way finish and then writes the rest', async () => {
    const disk = heldMemory();
    const memory = laggingMemory(disk.remember);
    memory.follow(1);
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS);
    memory.follow(2);
    const flushing = memory.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight()).toEqual([1]);
    disk.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight()).toEqual([2]);
    disk.finish();
    await flushing;
    expect(disk.written).toEqual([1, 2]);
  });

  it('costs a save nothing while no write has failed', async () => {
    const disk = quickMemory();
    const memory = laggingMemory(disk.remember);
    await memory.settle();
    memory.follow(1);
    await memory.settle();
    expect(disk.remember).not.toHaveBeenCalled();
  });

  it('after a failed write, refuses the next save while it still fails and lets it through once it is written', async () => {
    const disk = heldMemory();
    const memory = laggingMemory(disk.remember);
    disk.failWith('ENOSPC');
    memory.follow(3);
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS);
    expect(disk.remember).toHaveBeenCalledTimes(1);
    // A failure waits for the next save: no retry of its own.
    await vi.advanceTimersByTimeAsync(10 * MEMORY_WINDOW_MS);
    expect(disk.remember).toHaveBeenCalledTimes(1);

    const refused = await memory.settle().catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('journal-disk-full');
    expect(disk.remember).toHaveBeenCalledTimes(2);

    disk.failWith('EIO');
    const failed = await memory.flush().catch((e: unknown) => e);
    expect(isAppError(failed) && failed.code).toBe('journal-write-failed');

    disk.failWith(null);
    const settling = memory.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight()).toEqual([3]);
    disk.finish();
    await settling;
    expect(disk.written).toEqual([3]);
    await memory.settle();
    expect(disk.remember).toHaveBeenCalledTimes(4);
  });

  it('never runs two writes at once', async () => {
    let running = 0;
    let most = 0;
    const memory = laggingMemory(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, MEMORY_WINDOW_MS * 3));
      running -= 1;
    });
    for (let n = 1; n <= 50; n++) {
      memory.follow(n);
      if (n % 10 === 0) void memory.flush();
      await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS / 4);
    }
    const flushing = memory.flush();
    await vi.advanceTimersByTimeAsync(MEMORY_WINDOW_MS * 10);
    await flushing;
    expect(most).toBe(1);
  });
});
