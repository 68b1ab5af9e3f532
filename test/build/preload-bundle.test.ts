/**
 * Builds the real bundles with scripts/build-electron.mjs and checks what only the bundle can
 * show: the preload is CommonJS, requires nothing but `electron` (all a sandboxed preload may
 * require), exposes exactly the channel map as `window.qbr`, and never leaks ipcRenderer.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext, runInThisContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc/channels';
import { createFakeElectron, fakeInvokeEvent } from '../electron/main/fake-electron';
import { loadBuildScript } from './build-script';
import type { BuildElectronResult } from './build-script';

let tempDir: string;
let outDir: string;
let built: BuildElectronResult;
let preloadCode: string;
let mainCode: string;

beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'qbr-electron-build-'));
  // The same layout as dist/: electron/ next to renderer/.
  outDir = join(tempDir, 'electron');
  const { buildElectron } = await loadBuildScript();
  built = await buildElectron({ outDir });
  preloadCode = await readFile(built.preloadFile, 'utf8');
  mainCode = await readFile(built.mainFile, 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** Module names passed to `require("…")` in a bundle. */
function requiredModules(code: string): Set<string> {
  return new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''));
}

/** ES module syntax at the start of a line, which CommonJS cannot have. */
const ESM_SYNTAX = /^\s*(import\s+[\w{*]|import\s*["']|export\s+[\w{*]|export\s+default\b)/m;

type Exposed = Record<string, Record<string, (request?: unknown) => Promise<unknown>>>;

/** Runs the preload in a fresh V8 context whose `require` knows only a stub electron. */
function runPreload() {
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({
      ok: true,
      value: { channel, request },
    })),
    send: vi.fn(),
    on: vi.fn(),
  };
  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld: vi.fn((name: string, value: unknown) => exposed.set(name, value)),
  };
  // A dropped File's path, as Electron's webUtils reads it (the File itself carries none).
  const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/dropped/${file.name}`) };
  const electron = { contextBridge, ipcRenderer, webUtils };
  const requested: string[] = [];
  const sandboxRequire = (name: string) => {
    requested.push(name);
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  runInNewContext(preloadCode, { require: sandboxRequire, module, exports: module.exports });
  return { ipcRenderer, contextBridge, exposed, requested, electron };
}

describe('the preload bundle', () => {
  it('builds without warnings', () => {
    expect(built.warnings).toEqual([]);
  });

  it('is CommonJS', () => {
    expect(preloadCode).not.toMatch(ESM_SYNTAX);
    expect(preloadCode).toMatch(/require\("electron"\)/);
  });

  it('requires electron and nothing else', () => {
    expect([...requiredModules(preloadCode)]).toEqual(['electron']);
    expect(runPreload().requested).toEqual(['electron']);
  });

  it('bundles no main-process code', () => {
    const inputs = Object.keys(built.metafiles.preload.inputs);
    expect(inputs.some((input) => input.startsWith('electron/main/'))).toBe(false);
    expect(inputs.some((input) => input.startsWith('electron/core/'))).toBe(false);
  });

  it('exposes the api once, as qbr, and the drop bridge as qbrDrop, nothing else', () => {
    const { contextBridge, exposed } = runPreload();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
    expect([...exposed.keys()]).toEqual(['qbr', 'qbrDrop']);
  });

  it('gives a dropped file its path through webUtils, and only that', () => {
    const { exposed, electron } = runPreload();
    const bridge = exposed.get('qbrDrop') as Record<string, (file: unknown) => unknown>;
    expect(Object.keys(bridge)).toEqual(['pathOf']);
    expect(bridge.pathOf!({ name: 'e03.qbcase' })).toBe('/dropped/e03.qbcase');
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledOnce();
  });

  it('has exactly one function per channel of the map', () => {
    const api = runPreload().exposed.get('qbr') as Exposed;
    const functions = Object.entries(api).flatMap(([area, group]) =>
      Object.keys(group).map((verb) => `${area}:${verb}`),
    );
    expect(functions.sort()).toEqual([...channelNames].sort());
    expect(typeof api.app?.getInfo).toBe('function');
    expect(typeof api.office?.setDeadline).toBe('function');
    for (const group of Object.values(api)) {
      for (const fn of Object.values(group)) expect(typeof fn).toBe('function');
    }
  });

  it('sends office.setDeadline({deadline: null}) as office:setDeadline', async () => {
    const { exposed, ipcRenderer } = runPreload();
    const api = exposed.get('qbr') as Exposed;
    await expect(api.office?.setDeadline?.({ deadline: null })).resolves.toEqual({
      ok: true,
      value: { channel: 'office:setDeadline', request: { deadline: null } },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('office:setDeadline', {
      deadline: null,
    });
    await api.app?.getInfo?.();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:getInfo', {});
  });

  it('leaves no path from the exposed object to ipcRenderer', () => {
    const { exposed, electron, ipcRenderer } = runPreload();
    const forbidden = new Set<unknown>([
      electron,
      ipcRenderer,
      ipcRenderer.invoke,
      ipcRenderer.send,
      ipcRenderer.on,
      electron.contextBridge,
      electron.webUtils,
      electron.webUtils.getPathForFile,
    ]);
    const seen = new Set<unknown>();
    const walk = (value: unknown, where: string): void => {
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
      if (seen.has(value)) return;
      seen.add(value);
      expect(forbidden.has(value), where).toBe(false);
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        expect(descriptor?.get, `${where}.${String(key)} is a getter`).toBeUndefined();
        if (typeof value === 'function' && (key === 'length' || key === 'name')) continue;
        walk(descriptor?.value, `${where}.${String(key)}`);
      }
    };
    walk(exposed.get('qbr'), 'qbr');
    expect(seen.size).toBeGreaterThan(channelNames.length);
    walk(exposed.get('qbrDrop'), 'qbrDrop');
  });

  it('freezes the api so the page cannot swap a function', () => {
    const { exposed } = runPreload();
    const api = exposed.get('qbr') as Exposed;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(exposed.get('qbrDrop'))).toBe(true);
    for (const group of Object.values(api)) expect(Object.isFrozen(group)).toBe(true);
  });
});

describe('the main bundle', () => {
  it('is CommonJS', () => {
    expect(mainCode).not.toMatch(ESM_SYNTAX);
    expect(mainCode).not.toMatch(/\bimport\.meta\b/);
  });

  it('requires electron and Node built-ins only: everything else is bundled', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = [...requiredModules(mainCode)].filter((name) => !builtins.has(name));
    expect(external).toEqual(['electron']);
  });

  it('finds the preload and the renderer next to itself', () => {
    expect(mainCode).toContain('"preload.cjs"');
    expect(mainCode).toContain('"../renderer"');
  });

  it('starts against a fake electron: window, preload path, app: protocol, IPC', async () => {
    const rendererDir = join(tempDir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>bundle</title>');
    const fake = createFakeElectron({
      paths: { userData: join(tempDir, 'userData'), crashDumps: join(tempDir, 'crashDumps') },
    });
    const nodeRequire = createRequire(built.mainFile);
    const wrapper = runInThisContext(
      `(function (exports, require, module, __filename, __dirname) {${mainCode}\n})`,
      { filename: built.mainFile },
    ) as (...args: unknown[]) => void;
    const module = { exports: {} };
    const mainRequire = (name: string) => (name === 'electron' ? fake.electron : nodeRequire(name));
    wrapper(module.exports, mainRequire, module, built.mainFile, outDir);

    fake.markReady();
    await vi.waitFor(() => expect(fake.windows[0]?.loadedUrl).toBe('app://bundle/index.html'));
    const preferences = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(preferences.preload).toBe(join(outDir, 'preload.cjs'));

    const appSession = fake.sessions.get(String(preferences.partition));
    const index = await appSession?.protocolHandlers.get('app')?.(new Request('app://bundle/'));
    expect(await index?.text()).toContain('<title>bundle</title>');

    const getInfo = fake.ipcHandlers.get('app:getInfo') as (e: unknown, r: unknown) => unknown;
    await expect(getInfo(fakeInvokeEvent('app://bundle/index.html'), {})).resolves.toMatchObject({
      ok: true,
      value: { name: '质量标杆评审', host: 'electron' },
    });
  });
});
