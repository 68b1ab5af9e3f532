import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  resolveAppPath,
} from '../../../../electron/main/security/app-protocol';

const ROOT = '/opt/app/dist/renderer';

describe('resolveAppPath', () => {
  it('maps the origin and / to index.html', () => {
    expect(resolveAppPath(ROOT, APP_ORIGIN)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/`)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, APP_INDEX_URL)).toBe(`${ROOT}/index.html`);
  });

  it('maps nested files and ignores the query and the fragment', () => {
    expect(resolveAppPath(ROOT, 'app://bundle/assets/index-abc.js')).toBe(
      `${ROOT}/assets/index-abc.js`,
    );
    expect(resolveAppPath(ROOT, 'app://bundle/pdfjs/cmaps/UniGB-UCS2-H.bcmap?v=1#x')).toBe(
      `${ROOT}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`,
    );
  });

  it('decodes percent-encoding exactly once', () => {
    expect(resolveAppPath(ROOT, 'app://bundle/fonts/%E5%AE%8B%E4%BD%93.woff2')).toBe(
      `${ROOT}/fonts/宋体.woff2`,
    );
    expect(resolveAppPath(ROOT, 'app://bundle/a%20b.js')).toBe(`${ROOT}/a b.js`);
    // %25 would need a second round of decoding to mean anything: refused outright.
    expect(resolveAppPath(ROOT, 'app://bundle/%252e%252e/secret')).toBeNull();
  });

  it.each([
    ['dot-dot segments', 'app://bundle/../etc/passwd'],
    ['dot-dot in the middle', 'app://bundle/assets/../../etc/passwd'],
    ['encoded dot-dot', 'app://bundle/%2e%2e/etc/passwd'],
    ['upper-case encoded dot-dot', 'app://bundle/assets/%2E%2E/%2E%2E/etc/passwd'],
    ['a single dot segment', 'app://bundle/./index.html'],
    ['encoded slash', 'app://bundle/..%2f..%2fetc/passwd'],
    ['encoded slash alone', 'app://bundle/assets%2Findex.js'],
    ['encoded backslash', 'app://bundle/..%5c..%5cwindows/win.ini'],
    ['backslash', 'app://bundle/..\\..\\windows\\win.ini'],
    ['encoded NUL', 'app://bundle/index.html%00.png'],
    ['a drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://bundle/C%3A/Windows/win.ini'],
    ['an NTFS stream', 'app://bundle/index.html::$DATA'],
    ['an empty segment (absolute path)', 'app://bundle//etc/passwd'],
    ['a control character', 'app://bundle/a%0Ab.js'],
    ['malformed percent-encoding', 'app://bundle/%E5%AE.js'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    ['another host', 'app://other/index.html'],
    ['a host with a port', 'app://bundle:8080/index.html'],
    ['credentials', 'app://user:pw@bundle/index.html'],
    ['an upper-case host', 'app://BUNDLE/index.html'],
    ['https', 'https://bundle/index.html'],
    ['file', 'file:///etc/passwd'],
    ['a relative URL', '/index.html'],
    ['an absolute path', '/etc/passwd'],
    ['nonsense', 'not a url'],
    ['an overlong URL', `app://bundle/${'a'.repeat(5000)}.js`],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('stays inside a Windows root as well', () => {
    const root = 'C:\\Program Files\\QBR\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppPath(root, 'app://bundle/assets/a.js', path.win32)).toBe(
      `${root}\\assets\\a.js`,
    );
    expect(resolveAppPath(root, 'app://bundle/..%5c..%5capp.asar', path.win32)).toBeNull();
    expect(resolveAppPath(root, 'app://bundle/D:/x.js', path.win32)).toBeNull();
  });

  it('never returns the root itself or anything outside it', () => {
    const samples = ['', '/', '/..', '/a/..', '/%2e', '/%2e%2e', '/a/%2e%2e/%2e%2e/b'];
    for (const sample of samples) {
      const resolved = resolveAppPath(ROOT, `app://bundle${sample}`);
      if (resolved !== null) expect(resolved.startsWith(`${ROOT}/`)).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['assets/a.CSS', 'text/css; charset=utf-8'],
    ['pdfjs/wasm/openjpeg.wasm', 'application/wasm'],
    ['fonts/a.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['pdfjs/cmaps/GBK-EUC-H.bcmap', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is standard, secure and fetchable, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      codeCache: false,
    });
  });
});
