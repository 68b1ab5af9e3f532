/** The app locks in main on the system's screen lock and on sleep, and a failure is logged by name. */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockWithTheSystem } from '../../../../electron/main/lock/system-lock';

describe('locking with the system', () => {
  it('locks on lock-screen and suspend, and on nothing else', async () => {
    const power = new EventEmitter();
    const lock = { lock: vi.fn(async () => ({}) as never) };
    lockWithTheSystem(power, lock, () => undefined);
    power.emit('resume');
    power.emit('unlock-screen');
    expect(lock.lock).not.toHaveBeenCalled();
    power.emit('lock-screen');
    power.emit('suspend');
    expect(lock.lock).toHaveBeenCalledTimes(2);
  });

  it('logs a failed lock instead of throwing from the event', async () => {
    const power = new EventEmitter();
    const failure = vi.fn();
    lockWithTheSystem(power, { lock: async () => Promise.reject(new TypeError('x')) }, failure);
    power.emit('suspend');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failure).toHaveBeenCalledWith('lock on suspend failed', expect.any(TypeError));
  });
});
