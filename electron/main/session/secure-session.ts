/**
 * Applies the session policy (SECURITY.md items 3, 5, 8, 15) to a session. No runtime electron
 * import: main passes the sessions in, and tests pass fakes.
 */
import type { Session } from 'electron';
import { createAppProtocolHandler } from '../protocol/app-handler';
import { APP_SCHEME } from '../security/app-protocol';
import { decidePermission } from '../security/permissions';
import { decideRequest } from '../security/request-filter';

export interface OfflinePolicyOptions {
  /** Unpackaged development builds let the DevTools front end load. */
  readonly allowDevTools: boolean;
}

/**
 * Offline and deny-by-default, for every session the app has (the default one included): the
 * request filter, the permission table, no device access, no spellcheck, no downloads, no proxy.
 */
export async function applyOfflinePolicy(
  session: Session,
  options: OfflinePolicyOptions,
): Promise<void> {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url, { allowDevTools: options.allowDevTools });
    callback({ cancel: decision === 'cancel' });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(decidePermission(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.setDevicePermissionHandler(() => false);
  // Spellcheck downloads dictionaries (item 8).
  session.setSpellCheckerEnabled(false);
  // A download would write a file the user did not choose through main, in plaintext.
  session.on('will-download', (event) => event.preventDefault());
  await session.setProxy({ mode: 'direct' });
}

export interface AppSessionOptions extends OfflinePolicyOptions {
  /** The built renderer: `dist/renderer`. */
  readonly rendererDir: string;
}

/** The app window's in-memory session: the offline policy plus the `app:` protocol. */
export async function configureAppSession(
  session: Session,
  options: AppSessionOptions,
): Promise<void> {
  await applyOfflinePolicy(session, options);
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererDir));
}
