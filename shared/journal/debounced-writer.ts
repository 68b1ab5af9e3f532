/**
 * What an editor needs between keystrokes and the journal: edits coalesced per key (the last
 * value wins), written once the key has been quiet for `delayMs` (at most one second, so an edit
 * is on disk within a second of the last keystroke), and a state per key that says 'saved'
 * (已保存) only after the write resolved, that is after the journal's fsync. Pure, for the
 * renderer (over the journal's IPC) and main alike; the caller gives the timers (the window's,
 * Node's, or a test's that it steps by hand).
 */

export type SaveState = 'pending' | 'saving' | 'saved' | 'failed';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface DebouncedWriterOptions<V> {
  /** Writes one value; resolves once it is durable (a journal append). */
  readonly write: (key: string, value: V) => Promise<void>;
  /** Quiet time before a write; 1000 at most. */
  readonly delayMs?: number;
  /** `{ set: (f, ms) => setTimeout(f, ms), clear: (h) => clearTimeout(h) }` in an app. */
  readonly timers: Timers;
}

export interface DebouncedWriter<V> {
  /** Records an edit; it is written after `delayMs` without another edit of the key. */
  edit(key: string, value: V): void;
  stateOf(key: string): SaveState | undefined;
  /** The last failure of a key (kept until its next successful write). */
  errorOf(key: string): unknown;
  /** Whether any edit is not yet durable. */
  hasUnsaved(): boolean;
  /** Writes every waiting edit now (closing a material, quitting). */
  flush(): Promise<void>;
  onChange(listener: (key: string, state: SaveState) => void): () => void;
}

interface KeyState<V> {
  state: SaveState;
  /** An edit not yet handed to `write`. */
  waiting: { value: V } | null;
  timer: unknown;
  writing: Promise<void> | null;
  error: unknown;
}

export function createDebouncedWriter<V>(options: DebouncedWriterOptions<V>): DebouncedWriter<V> {
  const delayMs = options.delayMs ?? 800;
  if (delayMs < 0 || delayMs > 1000) throw new RangeError('an edit is written within a second');
  const { timers } = options;
  const keys = new Map<string, KeyState<V>>();
  const listeners = new Set<(key: string, state: SaveState) => void>();

  const setState = (key: string, entry: KeyState<V>, state: SaveState) => {
    entry.state = state;
    for (const listener of listeners) listener(key, state);
  };

  // One write per key at a time: an edit made while its key is being written waits for it.
  const start = (key: string, entry: KeyState<V>): Promise<void> => {
    if (entry.writing !== null) return entry.writing.then(() => start(key, entry));
    const waiting = entry.waiting;
    if (waiting === null) return Promise.resolve();
    entry.waiting = null;
    setState(key, entry, 'saving');
    entry.writing = options.write(key, waiting.value).then(
      () => {
        entry.writing = null;
        entry.error = undefined;
        setState(key, entry, entry.waiting === null ? 'saved' : 'pending');
      },
      (error: unknown) => {
        entry.writing = null;
        entry.error = error;
        // Kept, so the next flush or edit of the key tries again.
        if (entry.waiting === null) entry.waiting = waiting;
        setState(key, entry, 'failed');
      },
    );
    return entry.writing;
  };

  const fire = (key: string, entry: KeyState<V>) => {
    entry.timer = null;
    void start(key, entry);
  };

  return {
    edit(key, value) {
      const entry = keys.get(key) ?? {
        state: 'pending' as SaveState,
        waiting: null,
        timer: null,
        writing: null,
        error: undefined,
      };
      keys.set(key, entry);
      entry.waiting = { value };
      if (entry.timer !== null) timers.clear(entry.timer);
      entry.timer = timers.set(() => fire(key, entry), delayMs);
      if (entry.state !== 'saving') setState(key, entry, 'pending');
    },
    stateOf: (key) => keys.get(key)?.state,
    errorOf: (key) => keys.get(key)?.error,
    hasUnsaved: () => [...keys.values()].some((entry) => entry.state !== 'saved'),
    async flush() {
      await Promise.all(
        [...keys].map(([key, entry]) => {
          if (entry.timer !== null) timers.clear(entry.timer);
          entry.timer = null;
          return start(key, entry);
        }),
      );
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
