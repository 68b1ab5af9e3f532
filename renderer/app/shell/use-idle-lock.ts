/**
 * Locks the app after the idle minutes main keeps, when there is something to lock (an unlocked
 * identity or an open package). Idle means no key, pointer or wheel input in this window; a
 * check every few seconds is enough for a limit counted in minutes. Electron main may lock too
 * (the system's screen lock, sleep): the status it answers is what the screens follow.
 */
import { useEffect } from 'react';
import { loadLock, lockApp } from '../../state/lock-actions';
import { selectIdleMinutes, selectLocked, useLockStore } from '../../state/lock-store';
import { selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { selectCurrentIdentity, useIdentityStore } from '../../state/identity-store';

const CHECK_EVERY_MS = 5_000;
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Whether input last seen at `lastActivity` is `minutes` old at `now` (both in ms). */
export function idleLongEnough(lastActivity: number, now: number, minutes: number): boolean {
  return now - lastActivity >= minutes * 60_000;
}

export function useIdleLock(): void {
  const minutes = useLockStore(selectIdleMinutes);
  const locked = useLockStore(selectLocked);
  const identity = useIdentityStore(selectCurrentIdentity);
  const opened = useDeskStore(selectOpenedPackage);
  const guarding = !locked && minutes !== null && (identity !== null || opened !== null);

  // Asked at start, and whenever the window comes back: main may have locked with the system.
  useEffect(() => {
    void loadLock();
    const ask = () => {
      if (document.visibilityState === 'visible') void loadLock();
    };
    window.addEventListener('focus', ask);
    document.addEventListener('visibilitychange', ask);
    return () => {
      window.removeEventListener('focus', ask);
      document.removeEventListener('visibilitychange', ask);
    };
  }, []);

  useEffect(() => {
    if (!guarding) return;
    let lastActivity = Date.now();
    const seen = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (idleLongEnough(lastActivity, Date.now(), minutes)) void lockApp();
    }, CHECK_EVERY_MS);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, seen);
      window.clearInterval(timer);
    };
  }, [guarding, minutes]);
}
