import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appResponseHeaders,
  createAppProtocolHandler,
} from '../../../../electron/main/protocol/app-handler';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/csp';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'qbr-app-handler-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'main.js'), 'console.log(1);');
  await writeFile(join(base, 'secret.txt'), 'outside the root');
  serve = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('createAppProtocolHandler', () => {
  it('serves index.html for the origin, with the CSP and nosniff', async () => {
    const response = await serve(new Request('app://bundle/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<!doctype html>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves scripts as JavaScript, with the CSP too (workers take it from here)', async () => {
    const response = await serve(new Request('app://bundle/assets/main.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers HEAD without a body', async () => {
    const response = await serve(new Request('app://bundle/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://bundle/missing.js',
    'app://bundle/assets/',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://other/index.html',
  ])('answers 404 for %s, without saying where it looked', async (url) => {
    const response = await serve(new Request(url));
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain(base);
    expect(text).not.toContain('outside the root');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other methods', async () => {
    const response = await serve(new Request('app://bundle/index.html', { method: 'POST' }));
    expect(response.status).toBe(405);
  });

  it('reads only the mapped file', async () => {
    const read: string[] = [];
    const handler = createAppProtocolHandler('/root', async (file) => {
      read.push(file);
      return new TextEncoder().encode('x');
    });
    await handler(new Request('app://bundle/a/b.css'));
    await handler(new Request('app://bundle/..%2f..%2fetc/passwd'));
    // The URL parser (Chromium's, and Node's here) resolves dot segments before we see them:
    // what is left still lands inside the root.
    await handler(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd'));
    expect(read).toEqual(['/root/a/b.css', '/root/etc/passwd']);
  });
});

describe('appResponseHeaders', () => {
  it('carries the CSP and no-referrer', () => {
    expect(appResponseHeaders('text/plain')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Referrer-Policy': 'no-referrer',
    });
  });
});
