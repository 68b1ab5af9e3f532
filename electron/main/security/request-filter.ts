/**
 * The session's request filter (SECURITY.md item 8): the app is offline, so every request that
 * is not for our own bundled content is cancelled, whatever the CSP already says.
 */
import { APP_ORIGIN } from './app-protocol';
import { isAllowedAppUrl } from './navigation';

export type RequestDecision = 'allow' | 'cancel';

export interface RequestFilterOptions {
  /**
   * Unpackaged development builds only: lets the DevTools front end (`devtools:`) load.
   * Packaged builds set `devTools: false`, so no such request is ever made there.
   */
  readonly allowDevTools?: boolean;
}

/** `blob:` URLs carry their creator's origin: `blob:app://bundle/<uuid>` is ours. */
function isOurBlob(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`) && isAllowedAppUrl(url.slice('blob:'.length));
}

/**
 * `allow` for `app://bundle/...`, our own `blob:` URLs (pdf.js worker, object URLs of rendered
 * pages) and `data:` (images embedded in converted Word files; data URLs fetch nothing);
 * `cancel` for everything else: http(s), ws(s), file, ftp, chrome, chrome-extension, other hosts.
 */
export function decideRequest(url: string, options: RequestFilterOptions = {}): RequestDecision {
  if (isAllowedAppUrl(url)) return 'allow';
  if (url.startsWith('blob:')) return isOurBlob(url) ? 'allow' : 'cancel';
  if (url.startsWith('data:')) return 'allow';
  if (options.allowDevTools === true && url.startsWith('devtools://devtools/')) return 'allow';
  return 'cancel';
}
