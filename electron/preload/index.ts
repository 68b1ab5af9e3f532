/**
 * The preload (SECURITY.md item 6): exposes `window.qbr`, one domain-named function per channel
 * of the map, and nothing else; never `ipcRenderer` itself. Bundled to one CommonJS file: a
 * sandboxed preload cannot be an ES module and may only require `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, buildApi } from '../../shared/ipc/api';
import { channelNameList as channelNames } from '../../shared/ipc/channel-names';
import { createGuardedInvoke } from './guarded-invoke';

const invoke = createGuardedInvoke((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld(API_GLOBAL, buildApi(channelNames, invoke));
