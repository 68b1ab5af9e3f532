/**
 * The app lock: after the idle time the person chose, or on demand, every key leaves this
 * process's reach. The open package closes (its case key and the verified index go with it),
 * the identity locks (its signing and decryption keys), and with both the journal closes (its
 * key): nothing is merely hidden behind a screen. What was unlocked is remembered by public facts
 * only, so the lock screen can name whose passphrase it needs and the package can be opened
 * again from the same file. JavaScript cannot scrub a KeyObject or a string: the references are
 * dropped and the collector reclaims them (docs/security.md).
 */
import { AppError } from '../../../shared/errors';
import {
  IDLE_MINUTES_DEFAULT,
  IdleMinutesSchema,
  type LockStatus,
} from '../../../shared/lock/lock-views';
import type { ExpertDesk } from '../desk/expert-desk';
import type { IdentityStore } from '../identity/identity-store';
import type { JsonStore } from '../storage/json-store';

/** The settings document holding the idle minutes (userData/settings/app-lock.json). */
const STORE_KEY = 'app-lock';

export interface AppLock {
  status(): Promise<LockStatus>;
  /** Locks now; locking a locked app changes nothing. */
  lock(): Promise<LockStatus>;
  /**
   * Unlocks the identity that was unlocked when the app locked (no passphrase when none was);
   * a wrong passphrase is refused and the app stays locked.
   */
  resume(passphrase: string | undefined): Promise<LockStatus>;
  setIdleMinutes(minutes: number): Promise<LockStatus>;
}

export interface AppLockOptions {
  readonly identities: IdentityStore;
  readonly desk: ExpertDesk;
  /** Where the idle minutes are kept: a setting, not a secret. */
  readonly store: JsonStore;
}

export function createAppLock(options: AppLockOptions): AppLock {
  const { identities, desk, store } = options;
  let locked = false;
  let identity: LockStatus['identity'] = null;
  let openPackage: LockStatus['package'] = null;

  const idleMinutes = async (): Promise<number> => {
    const kept = IdleMinutesSchema.safeParse(
      ((await store.read(STORE_KEY)) as { idleMinutes?: unknown } | undefined)?.idleMinutes,
    );
    return kept.success ? kept.data : IDLE_MINUTES_DEFAULT;
  };
  const status = async (): Promise<LockStatus> => ({
    locked,
    identity,
    package: openPackage,
    idleMinutes: await idleMinutes(),
  });

  return {
    status,
    async lock() {
      if (locked) return status();
      const card = identities.unlocked()?.card ?? null;
      const opened = desk.status().opened;
      identity = card && { name: card.name, fingerprint: card.fingerprint };
      openPackage = opened && { fileName: opened.fileName, unlockedWith: opened.unlockedWith };
      locked = true;
      // The package first: its journal is written with the identity's key, and closes with it.
      if (opened) await desk.close();
      if (card) await identities.lock();
      return status();
    },
    async resume(passphrase) {
      if (!locked) return status();
      if (identity !== null) {
        if (passphrase === undefined) throw new AppError('lock-passphrase-needed');
        // Refused (wrong-passphrase, a file gone): still locked, nothing forgotten.
        await identities.unlock(identity.fingerprint, passphrase);
      }
      locked = false;
      return status();
    },
    async setIdleMinutes(minutes) {
      await store.write(STORE_KEY, { idleMinutes: IdleMinutesSchema.parse(minutes) });
      return status();
    },
  };
}
