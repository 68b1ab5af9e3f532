import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applyOfflinePolicy,
  configureAppSession,
} from '../../../../electron/main/session/secure-session';
import { FakeSession } from '../fake-electron';

let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'qbr-session-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
});

afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

function asSession(fake: FakeSession): Session {
  return fake as unknown as Session;
}

function filter(fake: FakeSession, url: string): unknown {
  const callback = vi.fn();
  (fake.beforeRequest as (details: { url: string }, callback: unknown) => void)({ url }, callback);
  return callback.mock.calls[0]?.[0];
}

describe('applyOfflinePolicy', () => {
  it('cancels every request that is not the app', async () => {
    const fake = new FakeSession('p');
    await applyOfflinePolicy(asSession(fake), { allowDevTools: false });
    expect(filter(fake, 'app://bundle/index.html')).toEqual({ cancel: false });
    expect(filter(fake, 'https://example.com/')).toEqual({ cancel: true });
    expect(filter(fake, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
  });

  it('lets DevTools load in unpackaged builds', async () => {
    const fake = new FakeSession('p');
    await applyOfflinePolicy(asSession(fake), { allowDevTools: true });
    expect(filter(fake, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(filter(fake, 'https://example.com/')).toEqual({ cancel: true });
  });

  it('denies permission requests, checks and devices', async () => {
    const fake = new FakeSession('p');
    await applyOfflinePolicy(asSession(fake), { allowDevTools: false });
    for (const permission of ['media', 'notifications', 'openExternal', 'clipboard-read', 'x']) {
      const callback = vi.fn();
      (fake.permissionRequest as (...args: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((fake.permissionCheck as (...args: unknown[]) => boolean)(null, permission)).toBe(
        false,
      );
    }
    expect((fake.devicePermission as (...args: unknown[]) => boolean)({})).toBe(false);
  });

  it('turns spellcheck off, cancels downloads and goes direct', async () => {
    const fake = new FakeSession('p');
    await applyOfflinePolicy(asSession(fake), { allowDevTools: false });
    expect(fake.spellChecker).toBe(false);
    expect(fake.proxy).toEqual({ mode: 'direct' });
    const event = { preventDefault: vi.fn() };
    fake.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('configureAppSession', () => {
  it('adds the app: protocol over the renderer directory', async () => {
    const fake = new FakeSession('p');
    await configureAppSession(asSession(fake), { allowDevTools: false, rendererDir });
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    const response = await fake.protocolHandlers.get('app')?.(new Request('app://bundle/'));
    expect(response?.status).toBe(200);
    expect(filter(fake, 'http://example.com/')).toEqual({ cancel: true });
  });
});
