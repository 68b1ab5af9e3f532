import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createChannelHandler, registerIpc } from '../../../../electron/main/ipc/register';
import type { Dispatch } from '../../../../electron/ipc';
import { channelNames } from '../../../../shared/ipc/channels';
import { ok } from '../../../../shared/ipc/result';
import { fakeInvokeEvent } from '../fake-electron';

function event(value: unknown): IpcMainInvokeEvent {
  return value as IpcMainInvokeEvent;
}

describe('registerIpc', () => {
  it('registers exactly one handler per channel of the map', () => {
    const handle = vi.fn();
    registerIpc({ handle } as unknown as Pick<IpcMain, 'handle'>, vi.fn());
    expect(handle.mock.calls.map(([name]) => name)).toEqual(channelNames);
  });
});

describe('createChannelHandler', () => {
  it('dispatches a call from our top-level frame, with its channel and request', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ok('answer'));
    const handler = createChannelHandler('office:setDeadline', dispatch);
    const result = await handler(event(fakeInvokeEvent('app://bundle/index.html')), {
      deadline: null,
    });
    expect(result).toEqual(ok('answer'));
    expect(dispatch).toHaveBeenCalledWith('office:setDeadline', { deadline: null });
  });

  it.each([
    ['a subframe', fakeInvokeEvent('app://bundle/index.html', false)],
    ['another origin', fakeInvokeEvent('https://example.com/')],
    ['a gone frame', { senderFrame: null }],
    [
      'a disposed frame',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('refuses %s without dispatching', async (_name, fake) => {
    const dispatch = vi.fn<Dispatch>();
    const result = await createChannelHandler('app:getInfo', dispatch)(event(fake), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
