/**
 * The IPC sender check (SECURITY.md item 6): only our own page's top-level frame may call main.
 * A subframe, a page of another origin, or a frame that is already gone (null) is refused.
 */
import { isAllowedAppUrl } from './navigation';

export interface SenderFrame {
  readonly url: string;
  readonly isTopLevel: boolean;
}

/** True only for a top-level frame showing `app://bundle/...`. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  return frame.isTopLevel === true && isAllowedAppUrl(frame.url);
}
