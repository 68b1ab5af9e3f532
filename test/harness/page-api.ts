/**
 * Runs inside the page as an init script (bundled by esbuild): defines `window.qbr` exactly as the
 * preload does, over the Playwright binding instead of ipcRenderer. Test-only, never shipped.
 */
import { API_GLOBAL, buildApi } from '../../shared/ipc/api';
import { channelNameList as channelNames } from '../../shared/ipc/channel-names';
import { DROP_GLOBAL } from '../../shared/ipc/drop-bridge';
import type { DropBridge } from '../../shared/ipc/drop-bridge';
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

// A dropped file's path, as the harness can give it: its name, which the transport resolves in
// the test's drop folder (Chromium keeps no path on a File a test drops).
const dropBridge: DropBridge = { pathOf: (file) => (file instanceof File ? file.name : '') };
Object.defineProperty(window, DROP_GLOBAL, {
  value: Object.freeze(dropBridge),
  writable: false,
  configurable: false,
});
