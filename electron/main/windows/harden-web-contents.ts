/**
 * Navigation and window policy for every web contents the app creates, applied from
 * `web-contents-created` (SECURITY.md items 1 and 5). No runtime electron import.
 */
import type { WebContents } from 'electron';
import { shouldAllowNavigation, windowOpenDecision } from '../security/navigation';

/** Denies navigation (any frame), redirects, `<webview>` and `window.open`. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
  // WebRTC traffic bypasses the request filter; no UDP unless through a proxy, and there is none.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}
