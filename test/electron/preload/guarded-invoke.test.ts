import { describe, expect, it, vi } from 'vitest';
import { createGuardedInvoke } from '../../../electron/preload/guarded-invoke';
import type { ChannelName } from '../../../shared/ipc/channels';
import { ok } from '../../../shared/ipc/result';

describe('createGuardedInvoke', () => {
  it('passes a channel of the map through, with its request', async () => {
    const raw = vi.fn(async () => ok({ year: 2021 }));
    const invoke = createGuardedInvoke(raw);
    await expect(invoke('office:setDeadline', { deadline: null })).resolves.toEqual(
      ok({ year: 2021 }),
    );
    expect(raw).toHaveBeenCalledWith('office:setDeadline', { deadline: null });
  });

  it.each(['units:delete', 'app:', 'toString', '__proto__', 'constructor', ''])(
    'refuses %j and never sends it',
    async (channel) => {
      const raw = vi.fn();
      const result = await createGuardedInvoke(raw)(channel as ChannelName, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(raw).not.toHaveBeenCalled();
    },
  );

  it('turns a rejected invoke into a failure result', async () => {
    const invoke = createGuardedInvoke(async () => {
      throw new Error("No handler registered for 'app:getInfo'");
    });
    await expect(invoke('app:getInfo', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
