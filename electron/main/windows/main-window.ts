/** The app's one window: the secure webPreferences, content protection, our own index page. */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL } from '../security/app-protocol';
import { secureWebPreferences } from '../security/web-preferences';

export const WINDOW_TITLE = '质量标杆评审';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly partition: string;
  readonly isPackaged: boolean;
}

/** Constructor options, kept apart from the window so a test can read every one of them. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, options.partition, {
      isPackaged: options.isPackaged,
    }),
  };
}

/** Creates the window, hides its content from screen capture where the OS allows, loads the UI. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const window = new BrowserWindow(mainWindowOptions(options));
  // Windows and macOS honour this; on Linux it is a no-op (docs/electron-smoke.md).
  window.setContentProtection(true);
  // The page's <title> must not rename the window with a case or applicant name.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_INDEX_URL);
  return window;
}
