/**
 * The preload's one door to `ipcRenderer.invoke`: a channel outside the map is refused here and
 * never sent, even if a future caller builds its name by hand.
 */
import type { Invoke } from '../../shared/ipc/api';
import { isChannelName } from '../../shared/ipc/channel-names';
import { fail } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';

export type RawInvoke = (channel: string, request: unknown) => Promise<unknown>;

/** Wraps the raw invoke: only channels of the map go through, and it never rejects. */
export function createGuardedInvoke(rawInvoke: RawInvoke): Invoke {
  return async (channel, request) => {
    if (!isChannelName(channel)) {
      return fail({ code: 'unknown-channel', params: {} });
    }
    try {
      return (await rawInvoke(channel, request)) as IpcResult<unknown>;
    } catch {
      // No handler in main, or the window is closing: still a result, never a throw.
      return fail({ code: 'internal', params: { channel } });
    }
  };
}
