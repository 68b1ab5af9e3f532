/**
 * The one secure `webPreferences` for every window (SECURITY.md items 1 and 15). Windows get
 * it from here and nowhere else.
 */
import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  /** Packaged builds never open DevTools; unpackaged development builds may. */
  readonly isPackaged: boolean;
}

/** Refuses `persist:` partitions: their IndexedDB, Local Storage and caches land on disk. */
export function assertInMemoryPartition(partition: string): void {
  if (partition.length === 0 || partition.startsWith('persist:')) {
    throw new Error(`An in-memory session partition is required, got "${partition}"`);
  }
}

/** Sandboxed, isolated, no Node, no webview, web security on; the session lives in memory only. */
export function secureWebPreferences(
  preloadPath: string,
  partition: string,
  options: WebPreferencesOptions,
): WebPreferences {
  assertInMemoryPartition(partition);
  return {
    preload: preloadPath,
    partition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    plugins: false,
    enableWebSQL: false,
    // Spellcheck downloads dictionaries (SECURITY.md item 8).
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !options.isPackaged,
  };
}
