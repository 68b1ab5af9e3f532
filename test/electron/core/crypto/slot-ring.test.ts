/**
 * The slots a stream keeps in flight: backpressure when all are out, strict give-backs, a cache
 * that only takes a ring with every slot back (wiped when asked), and the copy helpers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  SlotRing,
  cachedSlotBytes,
  copyBytes,
  emptySlotCache,
  ownCopy,
  sharedZeros,
  wipe,
} from '../../../../electron/core/crypto/slot-ring';

afterEach(() => emptySlotCache());

describe('a slot ring', () => {
  it('hands out shared slots and waits when every one is out', async () => {
    const ring = new SlotRing(2, 16);
    const a = await ring.acquire();
    const b = await ring.acquire();
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(a).not.toBe(b);
    let third: Buffer | undefined;
    const waiting = ring.acquire().then((slot) => (third = slot));
    await Promise.resolve();
    expect(third).toBeUndefined();
    ring.release(b);
    await waiting;
    expect(third).toBe(b);
    expect(ring.available).toBe(0);
  });

  it('refuses a slot that is not its own, or one given back twice', async () => {
    const ring = new SlotRing(1, 8);
    const slot = await ring.acquire();
    expect(() => ring.release(Buffer.from(new SharedArrayBuffer(8)))).toThrow(RangeError);
    ring.release(slot);
    expect(() => ring.release(slot)).toThrow(RangeError);
  });

  it('caches its slots only once every one is back, wiping the used ones when asked', async () => {
    const held = new SlotRing(2, 32);
    const out = await held.acquire();
    held.dispose();
    expect(cachedSlotBytes()).toBe(0);
    // Given back after the ring ended: now every slot is back.
    held.release(out);
    expect(cachedSlotBytes()).toBe(64);
    emptySlotCache();

    const ring = new SlotRing(2, 32);
    const slot = await ring.acquire();
    slot.fill(Buffer.from('secret'));
    ring.release(slot);
    ring.dispose({ wipe: true });
    expect(cachedSlotBytes()).toBe(64);
    await expect(ring.acquire()).rejects.toThrow(/disposed/);

    const next = new SlotRing(2, 32);
    expect(cachedSlotBytes()).toBe(0);
    const reused = [await next.acquire(), await next.acquire()];
    expect(reused).toContain(slot);
    expect(slot.equals(Buffer.alloc(32))).toBe(true);
  });
});

describe('shared-memory helpers', () => {
  it('copies, wipes and makes ordinary copies', () => {
    const slot = Buffer.from(new SharedArrayBuffer(10));
    copyBytes(slot, 2, Buffer.from('abcd'));
    copyBytes(slot, 0, new Uint8Array(0));
    expect(slot.subarray(2, 6).toString()).toBe('abcd');
    const own = ownCopy(slot.subarray(2, 6));
    expect(own.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    wipe(slot, 3, 5);
    expect([...slot.subarray(2, 6)]).toEqual([0x61, 0, 0, 0x64]);
    expect(own.toString()).toBe('abcd');
    const zeros = sharedZeros(100_000);
    expect(zeros.length).toBe(100_000);
    expect(zeros.every((byte) => byte === 0)).toBe(true);
    expect(zeros.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
