/**
 * Navigation and new-window policy (SECURITY.md item 5). The renderer is one document that is
 * never replaced: main loads it once with `loadURL`, which these hooks do not see.
 */
import type { WindowOpenHandlerResponse } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** True only for `app://bundle/...`: our scheme, our host, no port, no credentials. */
export function isAllowedAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Decides `will-navigate` / `will-frame-navigate` / `will-redirect`: always false. Same-document
 * navigations (hash routes, `history.pushState`) never reach these hooks, so denying everything
 * costs the app nothing; a full reload, even of our own index, would drop the in-memory
 * working set, and any other URL would leave the app.
 */
export function shouldAllowNavigation(_url: string): boolean {
  return false;
}

/** `setWindowOpenHandler`: the app never opens a second window from the page. */
export function windowOpenDecision(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}
