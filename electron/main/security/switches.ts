/**
 * Chromium command-line switches main appends before `ready` (SECURITY.md items 8 and 16), and
 * the Electron features main must never use (items 5 and 17). A test scans `electron/main/` for
 * the latter.
 */

export interface CommandLineSwitch {
  readonly name: string;
  readonly value?: string;
  readonly reason: string;
}

export const COMMAND_LINE_SWITCHES: readonly CommandLineSwitch[] = [
  {
    name: 'disable-gpu-shader-disk-cache',
    reason: 'compiled shaders can hold traces of rendered pages; keep them off the disk (item 16)',
  },
  {
    name: 'disable-http-cache',
    reason: 'no HTTP disk cache in any session, the default one included (item 15)',
  },
  {
    name: 'no-proxy-server',
    reason: 'no proxy auto-discovery (WPAD/PAC fetches): the app makes no network requests',
  },
  {
    name: 'host-resolver-rules',
    value: 'MAP * ~NOTFOUND',
    reason: 'a second barrier behind the request filter: no host name ever resolves',
  },
  {
    name: 'force-webrtc-ip-handling-policy',
    value: 'disable_non_proxied_udp',
    reason: 'WebRTC does not pass through the request filter: forbid its UDP traffic',
  },
];

export interface ForbiddenApi {
  /** Text that must not appear in `electron/main/` or `electron/preload/` source. */
  readonly pattern: string;
  readonly reason: string;
}

export const FORBIDDEN_APIS: readonly ForbiddenApi[] = [
  {
    pattern: 'crashReporter',
    reason: 'crash dumps hold memory, that is, decrypted material (item 17)',
  },
  { pattern: 'addRecentDocument', reason: 'the OS would list case file names (item 17)' },
  { pattern: 'openExternal', reason: "a document's link must never reach the OS (item 5)" },
  { pattern: 'autoUpdater', reason: 'no update checks: the app is offline (item 8)' },
  { pattern: 'persist:', reason: 'persistent partitions write page storage to disk (item 15)' },
  { pattern: 'file://', reason: 'the UI is served from app://, never file:// (item 3)' },
  { pattern: 'enable-logging', reason: "Chromium's log file may hold page content (item 17)" },
  { pattern: 'remote-debugging', reason: 'no debugging port in the app' },
  { pattern: 'setAsDefaultProtocolClient', reason: 'no OS URL handler that other apps could call' },
  { pattern: 'registerFileProtocol', reason: 'deprecated file-serving API; use protocol.handle' },
];
