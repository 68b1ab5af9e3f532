/**
 * The app locks when the computer does: the system's screen lock and sleep lock it in main at
 * once (the keys go there); the window learns of it the next time it is focused or shown, and
 * forgets what it held then (renderer/app/shell/use-idle-lock.ts).
 */
import type { AppLock } from '../../core/lock/app-lock';

/** The part of Electron's powerMonitor used here. */
export interface SystemEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

export const SYSTEM_LOCK_EVENTS = ['lock-screen', 'suspend'] as const;

export function lockWithTheSystem(
  events: SystemEvents,
  lock: Pick<AppLock, 'lock'>,
  logFailure: (what: string, error: unknown) => void,
): void {
  for (const event of SYSTEM_LOCK_EVENTS) {
    events.on(event, () => {
      lock.lock().catch((error: unknown) => logFailure(`lock on ${event} failed`, error));
    });
  }
}
