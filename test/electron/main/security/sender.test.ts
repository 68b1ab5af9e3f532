import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/main/security/sender';

describe('isTrustedSender', () => {
  it('trusts our own top-level frame', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', isTopLevel: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://bundle/index.html#/review', isTopLevel: true })).toBe(
      true,
    );
  });

  it.each([
    ['a subframe of our origin', { url: 'app://bundle/index.html', isTopLevel: false }],
    ['another host', { url: 'app://evil/index.html', isTopLevel: true }],
    ['a web page', { url: 'https://example.com/', isTopLevel: true }],
    ['a file page', { url: 'file:///index.html', isTopLevel: true }],
    ['about:blank', { url: 'about:blank', isTopLevel: true }],
    ['an empty URL', { url: '', isTopLevel: true }],
    ['a gone frame (null)', null],
    ['no frame at all', undefined],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});
