/**
 * Registers one `ipcMain.handle` per channel of the map (SECURITY.md item 6): the sender must be
 * our own top-level frame, then `dispatch` validates the input against the channel's schema.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../../ipc/dispatch';
import { channelNames } from '../../../shared/ipc/channels';
import type { ChannelName } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';
import type { IpcResult } from '../../../shared/ipc/result';
import { isTrustedSender } from '../security/sender';
import type { SenderFrame } from '../security/sender';

/** The sender frame as the sender check sees it; null once the frame has gone. */
function senderOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    return { url: frame.url, isTopLevel: frame.parent === null };
  } catch {
    // A disposed frame throws on access: it is not a sender we trust.
    return null;
  }
}

/** The handler for one channel; exported so a test can call it with a fake event. */
export function createChannelHandler(
  channel: ChannelName,
  dispatch: Dispatch,
): (event: IpcMainInvokeEvent, request: unknown) => Promise<IpcResult<unknown>> {
  return async (event, request) => {
    if (!isTrustedSender(senderOf(event))) {
      return fail({ code: 'forbidden-sender', params: {} });
    }
    return dispatch(channel, request);
  };
}

/** One handler per channel name, nothing else: an unknown channel has no handler at all. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, createChannelHandler(channel, dispatch));
  }
}
