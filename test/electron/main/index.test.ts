import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdentity } from '../../../electron/core/identity';
import { channelNames } from '../../../shared/ipc/channels';
import { STRONG } from '../core/office/office-fixtures';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/main/security/app-protocol';
import { COMMAND_LINE_SWITCHES } from '../../../electron/main/security/switches';
import { createFakeElectron, fakeInvokeEvent, FakeWebContents } from './fake-electron';
import type { FakeElectron } from './fake-electron';

let dir: string;
let fake: FakeElectron;

async function boot(options: { gotLock?: boolean } = {}): Promise<void> {
  fake = createFakeElectron({
    paths: { userData: join(dir, 'userData'), crashDumps: join(dir, 'crashDumps') },
    ...options,
  });
  vi.doMock('electron', () => fake.electron);
  await import('../../../electron/main/index');
}

async function bootAndStart(): Promise<void> {
  await boot();
  fake.markReady();
  await vi.waitFor(() => expect(fake.log.some((entry) => entry.startsWith('loadURL'))).toBe(true));
}

beforeEach(async () => {
  vi.resetModules();
  dir = await mkdtemp(join(tmpdir(), 'qbr-main-'));
});

afterEach(async () => {
  vi.doUnmock('electron');
  await rm(dir, { recursive: true, force: true });
});

describe('main before ready', () => {
  it('appends every switch and registers the app scheme before ready', async () => {
    await boot();
    expect(fake.switches).toEqual(COMMAND_LINE_SWITCHES.map((entry) => [entry.name, entry.value]));
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: APP_SCHEME_PRIVILEGES },
    ]);
    expect(fake.electron.app.name).toBe('质量标杆评审');
    expect(fake.log).not.toContain('ready');
    expect(fake.windows).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    await boot({ gotLock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    // Main never waits for ready, so nothing can start later; then the event itself.
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    fake.markReady();
    await fake.electron.app.whenReady();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});

describe('main after ready', () => {
  it('creates one window on the in-memory partition, protected, on our index', async () => {
    await bootAndStart();
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    const preferences = window?.options.webPreferences as Record<string, unknown>;
    expect(preferences.sandbox).toBe(true);
    expect(preferences.contextIsolation).toBe(true);
    expect(String(preferences.preload)).toMatch(/preload\.cjs$/);
    expect(String(preferences.partition).startsWith('persist:')).toBe(false);
    expect(window?.contentProtection).toBe(true);
    expect(window?.loadedUrl).toBe('app://bundle/index.html');
  });

  it('serves app: on the window session only, and filters both sessions', async () => {
    await bootAndStart();
    const [window] = fake.windows;
    const partition = String((window?.options.webPreferences as Record<string, unknown>).partition);
    const appSession = fake.sessions.get(partition);
    expect(appSession?.options).toEqual({ cache: false });
    expect([...(appSession?.protocolHandlers.keys() ?? [])]).toEqual(['app']);
    expect(fake.defaultSession.protocolHandlers.size).toBe(0);
    for (const session of [appSession, fake.defaultSession]) {
      expect(session?.beforeRequest).not.toBeNull();
      expect(session?.permissionRequest).not.toBeNull();
      expect(session?.permissionCheck).not.toBeNull();
      expect(session?.spellChecker).toBe(false);
    }
  });

  it('configures the session before the window exists', async () => {
    await bootAndStart();
    const windowAt = fake.log.indexOf('new BrowserWindow');
    expect(windowAt).toBeGreaterThan(fake.log.indexOf('ready'));
    expect(fake.sessions.size).toBe(1);
  });

  it('answers every channel, for our own frame only', async () => {
    await bootAndStart();
    expect([...fake.ipcHandlers.keys()]).toEqual(channelNames);
    const getInfo = fake.ipcHandlers.get('app:getInfo') as (
      event: unknown,
      request: unknown,
    ) => Promise<unknown>;
    await expect(getInfo(fakeInvokeEvent('app://bundle/index.html'), {})).resolves.toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.1.0-test', platform: process.platform },
    });
    await expect(getInfo(fakeInvokeEvent('https://example.com/'), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('locks the app when the system locks its screen', async () => {
    await bootAndStart();
    type Call = (event: unknown, request: unknown) => Promise<{ value: { locked: boolean } }>;
    const status = fake.ipcHandlers.get('lock:status') as Call;
    const event = fakeInvokeEvent('app://bundle/index.html');
    expect((await status(event, {})).value.locked).toBe(false);
    fake.powerMonitor.emit('lock-screen');
    await vi.waitFor(async () => expect((await status(event, {})).value.locked).toBe(true));
  });

  it('keeps its settings under userData/settings, outside every workspace', async () => {
    await bootAndStart();
    const { file } = await createIdentity(
      { name: '办公室', organisation: '中国质量协会', role: 'office' },
      STRONG,
      { scryptLogN: 10 },
    );
    await writeFile(join(dir, 'office.qbid'), file);
    fake.dialogAnswers.push(join(dir, 'office.qbid'), join(dir, '2026.qboffice'));
    type Call = (event: unknown, request: unknown) => Promise<unknown>;
    const open = fake.ipcHandlers.get('office:open') as Call;
    await expect(
      open(fakeInvokeEvent('app://bundle/index.html'), {
        passphrase: STRONG,
        create: { year: 2026 },
      }),
    ).resolves.toMatchObject({ ok: true, value: { open: true, year: 2026 } });
    // The highest generation seen of the new workspace is remembered here, not in its folder.
    expect(await readdir(join(dir, 'userData', 'settings'))).toEqual([
      'workspace-generations.json',
    ]);
  }, 60_000);

  it('purges crash dumps left by an earlier run', async () => {
    await mkdir(join(dir, 'crashDumps', 'pending'), { recursive: true });
    await writeFile(join(dir, 'crashDumps', 'pending', 'x.dmp'), 'memory');
    await bootAndStart();
    expect(await readdir(dir)).not.toContain('crashDumps');
  });

  it('hardens every web contents created', async () => {
    await bootAndStart();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('brings the window forward on a second instance and quits when it closes', async () => {
    await bootAndStart();
    fake.electron.app.emit('second-instance');
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
    fake.electron.app.emit('window-all-closed');
    expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
