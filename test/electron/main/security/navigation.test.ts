import { describe, expect, it } from 'vitest';
import {
  isAllowedAppUrl,
  shouldAllowNavigation,
  windowOpenDecision,
} from '../../../../electron/main/security/navigation';

describe('isAllowedAppUrl', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle', 'app://bundle/a/b.js?x#y'])(
    'accepts %s',
    (url) => expect(isAllowedAppUrl(url)).toBe(true),
  );

  it.each([
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://bundle:1/index.html',
    'app://u@bundle/index.html',
    'https://bundle/index.html',
    'http://localhost:5173/',
    'file:///index.html',
    'devtools://devtools/bundled/inspector.html',
    'blob:app://bundle/1234',
    'data:text/html,<p>x</p>',
    'javascript:alert(1)',
    'about:blank',
    '',
    'index.html',
  ])('refuses %s', (url) => expect(isAllowedAppUrl(url)).toBe(false));
});

describe('shouldAllowNavigation', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://bundle/index.html',
    'app://bundle/other.html',
    'data:text/html,x',
    'javascript:void(0)',
    'mailto:a@b.c',
  ])('denies a navigation to %s', (url) => {
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it('denies', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});
