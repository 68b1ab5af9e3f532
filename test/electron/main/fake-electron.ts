/**
 * A recording stand-in for the parts of the `electron` module main uses. Electron's binary
 * cannot run here, so the wiring is checked against this fake: what was called, in which order,
 * with which arguments. Typed loosely on purpose; the real typings are checked by tsc on main.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

export class FakeSession extends EventEmitter {
  beforeRequest: Handler | null = null;
  permissionRequest: Handler | null = null;
  permissionCheck: Handler | null = null;
  devicePermission: Handler | null = null;
  spellChecker: boolean | null = null;
  proxy: unknown = null;
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();

  constructor(
    readonly partition: string,
    readonly options?: unknown,
  ) {
    super();
  }

  readonly webRequest = {
    onBeforeRequest: (listener: Handler) => {
      this.beforeRequest = listener;
    },
  };
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler(handler: Handler) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Handler) {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellChecker = enabled;
  }
  async setProxy(config: unknown) {
    this.proxy = config;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: (() => unknown) | null = null;
  webRtcPolicy: string | null = null;
  setWindowOpenHandler(handler: () => unknown) {
    this.windowOpenHandler = handler;
  }
  setWebRTCIPHandlingPolicy(policy: string) {
    this.webRtcPolicy = policy;
  }
}

export interface FakeElectronOptions {
  readonly paths: Readonly<Record<string, string>>;
  readonly gotLock?: boolean;
  readonly isPackaged?: boolean;
}

export function createFakeElectron(options: FakeElectronOptions) {
  /** Everything that happened, in order, as short labels. */
  const log: string[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  class FakeBrowserWindow extends EventEmitter {
    static readonly instances: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return [...FakeBrowserWindow.instances];
    }
    static getFocusedWindow() {
      return FakeBrowserWindow.instances[0] ?? null;
    }
    contentProtection = false;
    loadedUrl: string | null = null;
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);

    constructor(readonly options: Record<string, unknown>) {
      super();
      log.push('new BrowserWindow');
      FakeBrowserWindow.instances.push(this);
    }
    setContentProtection(enabled: boolean) {
      this.contentProtection = enabled;
    }
    async loadURL(url: string) {
      log.push(`loadURL ${url}`);
      this.loadedUrl = url;
      this.emit('ready-to-show');
    }
  }

  const sessions = new Map<string, FakeSession>();
  const defaultSession = new FakeSession('(default)');
  const ipcHandlers = new Map<string, Handler>();
  /** What the next open dialogs answer, in order: a path, or null for a cancelled dialog. */
  const dialogAnswers: (string | null)[] = [];
  const switches: [string, string | undefined][] = [];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? true,
    name: 'Electron',
    commandLine: {
      appendSwitch: (name: string, value?: string) => {
        log.push(`switch ${name}`);
        switches.push([name, value]);
      },
    },
    setName(name: string) {
      app.name = name;
    },
    getPath(name: string) {
      const path = options.paths[name];
      if (path === undefined) throw new Error(`No fake path for ${name}`);
      return path;
    },
    getVersion: () => '0.1.0-test',
    requestSingleInstanceLock: vi.fn(() => {
      log.push('requestSingleInstanceLock');
      return options.gotLock ?? true;
    }),
    whenReady: vi.fn(() => ready),
    quit: vi.fn(() => log.push('quit')),
    exit: vi.fn((code?: number) => log.push(`exit ${code}`)),
  });

  // The system's power and screen-lock events, emitted by a test.
  const powerMonitor = new EventEmitter();

  const electron = {
    app,
    powerMonitor,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`Second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      },
    },
    dialog: {
      showOpenDialog: vi.fn(async () => {
        const answer = dialogAnswers.shift() ?? null;
        return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown) => {
        log.push('registerSchemesAsPrivileged');
        return schemes;
      }),
    },
    session: {
      defaultSession,
      fromPartition: (partition: string, partitionOptions?: unknown) => {
        let session = sessions.get(partition);
        if (session === undefined) {
          session = new FakeSession(partition, partitionOptions);
          sessions.set(partition, session);
        }
        return session;
      },
    },
  };

  return {
    electron,
    log,
    switches,
    sessions,
    defaultSession,
    ipcHandlers,
    dialogAnswers,
    powerMonitor,
    windows: FakeBrowserWindow.instances,
    markReady: () => {
      log.push('ready');
      markReady();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** An `IpcMainInvokeEvent` as far as the sender check reads it. */
export function fakeInvokeEvent(url: string, topLevel = true) {
  return { senderFrame: { url, parent: topLevel ? null : {} } };
}
