/** The debounced writer, stepped by hand: no test here waits on a clock. */
import { describe, expect, it } from 'vitest';
import { createDebouncedWriter } from '../../../shared/journal';
import type { SaveState } from '../../../shared/journal';

/** Timers a test fires itself, and a write whose completion it decides. */
function harness(delayMs = 800) {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const writes: { key: string; value: string; done: () => void; fail: (e: unknown) => void }[] = [];
  const states: [string, SaveState][] = [];
  const writer = createDebouncedWriter<string>({
    delayMs,
    timers: {
      set: (callback, ms) => {
        timers.set(++next, { callback, ms });
        return next;
      },
      clear: (handle) => void timers.delete(handle as number),
    },
    write: (key, value) =>
      new Promise<void>((resolve, reject) => {
        writes.push({ key, value, done: resolve, fail: reject });
      }),
  });
  writer.onChange((key, state) => states.push([key, state]));
  const fireAll = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const timer of due) timer.callback();
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { writer, timers, writes, states, fireAll, settle };
}

describe('the debounced writer', () => {
  it('writes the last of a burst of edits once the key is quiet, and says saved only after', async () => {
    const { writer, timers, writes, fireAll, settle } = harness();
    writer.edit('note:a1', 'q');
    writer.edit('note:a1', 'qu');
    writer.edit('note:a1', 'quality');
    expect(timers.size).toBe(1);
    expect([...timers.values()][0]!.ms).toBeLessThanOrEqual(1000);
    expect(writer.stateOf('note:a1')).toBe('pending');
    fireAll();
    expect(writes.map((w) => w.value)).toEqual(['quality']);
    expect(writer.stateOf('note:a1')).toBe('saving');
    expect(writer.hasUnsaved()).toBe(true);
    writes[0]!.done();
    await settle();
    expect(writer.stateOf('note:a1')).toBe('saved');
    expect(writer.hasUnsaved()).toBe(false);
  });

  it('keeps keys apart, and writes an edit made during a write after that write', async () => {
    const { writer, writes, fireAll, settle } = harness();
    writer.edit('a', '1');
    writer.edit('b', 'x');
    fireAll();
    expect(writes.map((w) => [w.key, w.value])).toEqual([
      ['a', '1'],
      ['b', 'x'],
    ]);
    writer.edit('a', '2');
    fireAll();
    await settle();
    expect(writes).toHaveLength(2); // a's second write waits for its first
    writes[0]!.done();
    await settle();
    expect(writer.stateOf('a')).toBe('saving');
    expect(writes.map((w) => w.value)).toEqual(['1', 'x', '2']);
    writes[2]!.done();
    writes[1]!.done();
    await settle();
    expect(writer.stateOf('a')).toBe('saved');
    expect(writer.stateOf('b')).toBe('saved');
  });

  it('says failed, keeps the edit, and writes it again on flush', async () => {
    const { writer, writes, fireAll, settle } = harness();
    writer.edit('a', 'text');
    fireAll();
    writes[0]!.fail(new Error('disk full'));
    await settle();
    expect(writer.stateOf('a')).toBe('failed');
    expect(writer.errorOf('a')).toBeInstanceOf(Error);
    const flushed = writer.flush();
    expect(writes.map((w) => w.value)).toEqual(['text', 'text']);
    writes[1]!.done();
    await flushed;
    expect(writer.stateOf('a')).toBe('saved');
  });

  it('flushes every waiting edit at once without waiting for the timers', async () => {
    const { writer, timers, writes } = harness();
    writer.edit('a', '1');
    writer.edit('b', '2');
    const flushed = writer.flush();
    expect(timers.size).toBe(0);
    for (const w of writes) w.done();
    await flushed;
    expect(writer.hasUnsaved()).toBe(false);
  });

  it('refuses a delay over one second', () => {
    const timers = { set: () => 0, clear: () => {} };
    expect(() => createDebouncedWriter({ delayMs: 1500, timers, write: async () => {} })).toThrow(
      RangeError,
    );
  });
});
