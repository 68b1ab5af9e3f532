/**
 * A fixed set of equal buffers of shared memory, handed out and given back: the chunks a stream
 * has in flight (being read, in a worker, being written). Its size is the stream's memory,
 * whatever the file's size; `acquire` waits while every slot is out, which is the stream's
 * backpressure.
 *
 * Sealing a round opens hundreds of short streams (one per material per package): a fresh
 * SharedArrayBuffer for each costs its zeroing and first-touch page faults every time, so a
 * ring that is disposed with every slot back hands its slots to a small cache for the next
 * ring. The cache is bounded and emptied after a quiet spell. Slots go back holding nothing
 * but ciphertext or zeros: readers only read ciphertext into them, writers wipe theirs.
 */
const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;
const CACHE_IDLE_MS = 30_000;
const ZEROS = Buffer.alloc(64 * 1024);

/**
 * Zeroes part of a slot. `fill(0)` on shared memory stores a byte at a time; filling with a
 * block of zeros is Node's native fill (memcpy), several times faster.
 */
export function wipe(view: Buffer, from = 0, to = view.length): void {
  if (to > from) view.subarray(from, to).fill(ZEROS);
}

/**
 * Copies `source` into `target` at `at`, with Node's native fill (a memcpy): `set` between
 * shared and ordinary memory takes V8's slower copy with relaxed atomics.
 */
export function copyBytes(target: Buffer, at: number, source: Uint8Array): void {
  if (source.length > 0) target.subarray(at, at + source.length).fill(source);
}

/** A copy of `view` in ordinary memory, for a consumer to keep. */
export function ownCopy(view: Uint8Array): Buffer {
  const copy = Buffer.allocUnsafe(view.length);
  copyBytes(copy, 0, view);
  return copy;
}

let zeros = Buffer.from(new SharedArrayBuffer(0));

/**
 * `length` zero bytes in shared memory, for the padding of a chunk being sealed. Shared by
 * every caller: a worker only ever reads the pieces of a chunk it seals.
 */
export function sharedZeros(length: number): Buffer {
  if (zeros.length < length) zeros = Buffer.from(new SharedArrayBuffer(length));
  return zeros.subarray(0, length);
}

const cache = new Map<number, Buffer[]>();
let cachedBytes = 0;
let cacheTimer: NodeJS.Timeout | undefined;

function takeCached(slotSize: number): Buffer | undefined {
  const slot = cache.get(slotSize)?.pop();
  if (slot !== undefined) cachedBytes -= slotSize;
  return slot;
}

function putCached(slots: readonly Buffer[], slotSize: number): void {
  let list = cache.get(slotSize);
  if (list === undefined) {
    list = [];
    cache.set(slotSize, list);
  }
  for (const slot of slots) {
    if (cachedBytes + slotSize > CACHE_LIMIT_BYTES) break;
    list.push(slot);
    cachedBytes += slotSize;
  }
  clearTimeout(cacheTimer);
  cacheTimer = setTimeout(emptySlotCache, CACHE_IDLE_MS);
  cacheTimer.unref();
}

/** Drops every cached slot (also done after a quiet spell). */
export function emptySlotCache(): void {
  clearTimeout(cacheTimer);
  cacheTimer = undefined;
  cache.clear();
  cachedBytes = 0;
}

/** Bytes of shared memory kept for the next rings. */
export function cachedSlotBytes(): number {
  return cachedBytes;
}

export class SlotRing {
  private readonly slots: Buffer[];
  private readonly free: Buffer[];
  private readonly waiters: ((slot: Buffer) => void)[] = [];
  /** Slots handed out at least once: the only ones a wipe needs to touch. */
  private readonly used = new Set<Buffer>();
  private disposed = false;
  private wipeOnDispose = false;

  constructor(
    readonly count: number,
    readonly slotSize: number,
  ) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('at least one slot');
    if (!Number.isInteger(slotSize) || slotSize < 1) throw new RangeError('slots hold a byte');
    this.slots = Array.from(
      { length: count },
      () => takeCached(slotSize) ?? Buffer.from(new SharedArrayBuffer(slotSize)),
    );
    this.free = [...this.slots].reverse();
  }

  /** Slots not handed out now. */
  get available(): number {
    return this.free.length;
  }

  /** A free slot, at once or as soon as one is released. */
  acquire(): Promise<Buffer> {
    if (this.disposed) return Promise.reject(new Error('the slot ring is disposed'));
    const slot = this.free.pop();
    if (slot !== undefined) {
      this.used.add(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) =>
      this.waiters.push((slot) => {
        this.used.add(slot);
        resolve(slot);
      }),
    );
  }

  /** Gives a slot back; one of this ring's, each released once per acquire. */
  release(slot: Buffer): void {
    if (!this.slots.includes(slot)) throw new RangeError('not a slot of this ring');
    if (this.free.includes(slot)) throw new RangeError('slot released twice');
    const waiter = this.disposed ? undefined : this.waiters.shift();
    if (waiter !== undefined) {
      waiter(slot);
      return;
    }
    this.free.push(slot);
    if (this.disposed) this.toCache();
  }

  /**
   * Ends the ring: no slot is handed out any more. Its slots go to the cache once every one is
   * back (nothing can still be reading or writing one), now or at the last release; with
   * `wipe`, the used ones are zeroed first (a writer's slots hold plaintext).
   */
  dispose(options: { readonly wipe?: boolean } = {}): void {
    if (this.disposed) return;
    this.disposed = true;
    this.wipeOnDispose = options.wipe === true;
    this.toCache();
  }

  private toCache(): void {
    if (this.free.length !== this.count) return;
    if (this.wipeOnDispose) for (const slot of this.free) if (this.used.has(slot)) wipe(slot);
    putCached(this.free.splice(0), this.slotSize);
  }
}
