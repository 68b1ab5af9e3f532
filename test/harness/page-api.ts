/**
 * Runs inside the page as an init script (bundled by esbuild): defines `window.qbr` exactly as the
 * preload does, over the Playwright binding instead of ipcRenderer. Test-only, never shipped.
 */
import { API_GLOBAL, buildApi } from '../../shared/ipc/api';
import { channelNameList as channelNames } from '../../shared/ipc/channel-names';
import type { IpcResult } from '../../shared/ipc/result';
import { decodeBytes, encodeBytes } from './binary-codec';

type Binding = (channel: string, request: unknown) => Promise<IpcResult<unknown>>;

const holder = globalThis as unknown as Record<string, unknown>;
const binding = holder.__qbrInvoke as Binding | undefined;

if (binding && window === window.top) {
  // The page sees only the api, like under the preload: the raw binding is taken away.
  delete holder.__qbrInvoke;
  const api = buildApi(
    channelNames,
    async (channel, request) =>
      decodeBytes(await binding(channel, encodeBytes(request))) as IpcResult<unknown>,
  );
  Object.defineProperty(window, API_GLOBAL, { value: api, writable: false, configurable: false });
}
