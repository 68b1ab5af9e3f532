/**
 * Electron main: lifecycle and wiring only. Every policy it applies lives in `security/` and is
 * unit tested; docs/security.md maps SECURITY.md to the files.
 */
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, session } from 'electron';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCoreServices } from '../core/services';
import { createFileJsonStore } from '../core/storage/json-store';
import { parsingIsolation } from '../core/intake';
import { createDispatch, createHandlers } from '../ipc';
import { electronClipboard } from './clipboard/electron-clipboard';
import { electronFileChooser } from './dialogs/electron-file-chooser';
import { electronFollowUpChooser } from './dialogs/electron-followup-chooser';
import { electronIdentityChooser } from './dialogs/electron-identity-chooser';
import { electronPackageChooser } from './dialogs/electron-package-chooser';
import { electronJournalChooser } from './dialogs/electron-journal-chooser';
import { electronReviewChooser } from './dialogs/electron-review-chooser';
import { electronDeliberationChooser } from './dialogs/electron-deliberation-chooser';
import { electronCommitteeChooser } from './dialogs/electron-committee-chooser';
import { utilityProcessLauncher } from './intake/utility-process-launcher';
import { registerIpc } from './ipc/register';
import { lockWithTheSystem } from './lock/system-lock';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security/app-protocol';
import { COMMAND_LINE_SWITCHES } from './security/switches';
import { applyOfflinePolicy, configureAppSession } from './session/secure-session';
import { hardenWebContents } from './windows/harden-web-contents';
import { createMainWindow, WINDOW_TITLE } from './windows/main-window';

/** An in-memory partition: IndexedDB, Local Storage and caches never reach the disk. */
const APP_PARTITION = 'qbr-workspace';

// The bundle sits in dist/electron/ next to preload.cjs; the renderer is built to dist/renderer/.
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '../renderer');
const ARCHIVE_WORKER_PATH = join(__dirname, 'archive-worker.cjs');

function logFailure(what: string, error: unknown): void {
  // Names only: messages can carry paths or content (SECURITY.md item 17).
  console.error(`[main] ${what}: ${error instanceof Error ? error.name : typeof error}`);
}

async function start(): Promise<void> {
  // No crash reporter is ever started; clear whatever an earlier Electron left (item 17).
  await rm(app.getPath('crashDumps'), { recursive: true, force: true });

  const allowDevTools = !app.isPackaged;
  await applyOfflinePolicy(session.defaultSession, { allowDevTools });
  await configureAppSession(session.fromPartition(APP_PARTITION, { cache: false }), {
    allowDevTools,
    rendererDir: RENDERER_DIR,
  });

  const services = createCoreServices({
    store: createFileJsonStore(join(app.getPath('userData'), 'settings')),
    host: 'electron',
    appVersion: app.getVersion(),
    platform: process.platform,
    fileChooser: electronFileChooser,
    followUpChooser: electronFollowUpChooser,
    // Each identity's encrypted .qbid, on this machine only.
    identities: {
      folder: join(app.getPath('userData'), 'identities'),
      chooser: electronIdentityChooser,
      clipboard: electronClipboard,
    },
    // The expert's desk opens a .qbcase from the operating system's dialog.
    packageChooser: electronPackageChooser,
    // The expert's journals (encrypted, one per person and case) and their backup's dialogs.
    journals: {
      folder: join(app.getPath('userData'), 'journals'),
      chooser: electronJournalChooser,
    },
    // Where the expert's review bundle and 评审意见表 are written.
    reviewChooser: electronReviewChooser,
    // The group leader's imported member bundles (signed, encrypted, as they came) and dialogs.
    deliberation: {
      folder: join(app.getPath('userData'), 'member-bundles'),
      chooser: electronDeliberationChooser,
    },
    // The chair's imported group bundles (signed, encrypted, as they came) and dialogs.
    committee: {
      folder: join(app.getPath('userData'), 'group-bundles'),
      chooser: electronCommitteeChooser,
    },
    // Every archive and register is read in a utility process, from the bundled worker.
    isolation: parsingIsolation({
      workerPath: ARCHIVE_WORKER_PATH,
      launcher: utilityProcessLauncher,
    }),
  });
  // The system's screen lock and sleep lock the app: the keys leave main at once.
  lockWithTheSystem(powerMonitor, services.lock, logFailure);
  registerIpc(
    ipcMain,
    createDispatch(createHandlers(services), (channel, errorClass) =>
      console.error(`[main] IPC ${channel}: ${errorClass}`),
    ),
  );

  await createMainWindow({
    preloadPath: PRELOAD_PATH,
    partition: APP_PARTITION,
    isPackaged: app.isPackaged,
  });
}

app.setName(WINDOW_TITLE);
// Switches and scheme privileges only take effect before `ready`.
for (const { name, value } of COMMAND_LINE_SWITCHES) {
  if (value === undefined) app.commandLine.appendSwitch(name);
  else app.commandLine.appendSwitch(name, value);
}
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  // Another instance holds the workspace; it is brought to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logFailure('start-up failed', error);
      app.exit(1);
    });
}
