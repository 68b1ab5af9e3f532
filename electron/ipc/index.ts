/**
 * The IPC adapter between the channel map (shared/ipc) and the core services: the validating
 * dispatch and one `<area>.ipc.ts` per area. No Electron import, so the e2e harness uses it too.
 */
export { createDispatch } from './dispatch';
export type { Dispatch, InternalErrorListener } from './dispatch';
export { createHandlers } from './handlers';
export type { AreaHandlers, Handler, Handlers } from './handler-map';
