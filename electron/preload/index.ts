/**
 * The preload (SECURITY.md item 6): exposes `window.qbr`, one domain-named function per channel
 * of the map, and `qbrDrop` (a dropped file's path, docs/desk.md); never `ipcRenderer` itself. Bundled to one CommonJS file: a
 * sandboxed preload cannot be an ES module and may only require `electron`.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_GLOBAL, buildApi } from '../../shared/ipc/api';
import { channelNameList as channelNames } from '../../shared/ipc/channel-names';
import { DROP_GLOBAL } from '../../shared/ipc/drop-bridge';
import type { DropBridge } from '../../shared/ipc/drop-bridge';
import { createGuardedInvoke } from './guarded-invoke';

const invoke = createGuardedInvoke((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld(API_GLOBAL, buildApi(channelNames, invoke));

// A dropped package's path: Electron no longer puts it on the File; only the preload can read it.
const dropBridge: DropBridge = Object.freeze({
  pathOf: (file: object) => webUtils.getPathForFile(file as File),
});
contextBridge.exposeInMainWorld(DROP_GLOBAL, dropBridge);
