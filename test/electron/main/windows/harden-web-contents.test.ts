import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../../../electron/main/windows/harden-web-contents';
import { FakeWebContents } from '../fake-electron';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s, even to our own index',
    (eventName) => {
      const contents = hardened();
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://bundle/index.html']) {
        const event = { url, preventDefault: vi.fn() };
        contents.emit(eventName, event);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
    },
  );

  it('prevents <webview> from attaching', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open', () => {
    expect(hardened().windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('keeps WebRTC off UDP', () => {
    expect(hardened().webRtcPolicy).toBe('disable_non_proxied_udp');
  });
});
