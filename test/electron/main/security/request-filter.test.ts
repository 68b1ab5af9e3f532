import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../../../electron/main/security/request-filter';

describe('decideRequest', () => {
  it.each([
    ['app://bundle/index.html', 'allow'],
    ['app://bundle/assets/index-abc.js', 'allow'],
    ['app://bundle/pdfjs/cmaps/GBK-EUC-H.bcmap', 'allow'],
    ['blob:app://bundle/0d4b3f0e-8c1a-4a8e-9d33-2d6d3b1c8c11', 'allow'],
    ['data:image/png;base64,iVBORw0KGgo=', 'allow'],
    ['app://other/index.html', 'cancel'],
    ['app://bundle:443/index.html', 'cancel'],
    ['app://x@bundle/index.html', 'cancel'],
    ['http://example.com/', 'cancel'],
    ['https://example.com/font.woff2', 'cancel'],
    ['https://fonts.googleapis.com/css?family=Noto', 'cancel'],
    ['http://localhost:5173/', 'cancel'],
    ['http://127.0.0.1/', 'cancel'],
    ['ws://127.0.0.1:9222/', 'cancel'],
    ['wss://example.com/socket', 'cancel'],
    ['file:///etc/passwd', 'cancel'],
    ['file:///C:/Windows/win.ini', 'cancel'],
    ['ftp://example.com/a', 'cancel'],
    ['chrome://gpu', 'cancel'],
    ['chrome-extension://abc/x.js', 'cancel'],
    ['devtools://devtools/bundled/inspector.html', 'cancel'],
    ['blob:https://example.com/0d4b3f0e', 'cancel'],
    ['blob:null/0d4b3f0e', 'cancel'],
    ['blob:app://other/0d4b3f0e', 'cancel'],
    ['filesystem:app://bundle/temporary/x', 'cancel'],
    ['javascript:alert(1)', 'cancel'],
    ['about:blank', 'cancel'],
    ['', 'cancel'],
    ['not a url', 'cancel'],
  ] as const)('%s → %s', (url, decision) => {
    expect(decideRequest(url)).toBe(decision);
  });

  it('lets DevTools load only when asked to (unpackaged builds)', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(decideRequest(url, { allowDevTools: true })).toBe('allow');
    expect(decideRequest(url, { allowDevTools: false })).toBe('cancel');
    expect(decideRequest('https://example.com/', { allowDevTools: true })).toBe('cancel');
  });
});
