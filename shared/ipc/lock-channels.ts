/**
 * `lock:` channels: the app lock (auto-lock after idle time, or on demand). Locking closes the
 * open package and locks the identity in main, so the case key, the identity's keys and the
 * journal's key are let go there; the renderer empties its working set itself. Unlocking takes
 * the identity's passphrase; the renderer then opens the same package again.
 */
import { z } from 'zod';
import { IdleMinutesSchema, LockStatusSchema } from '../lock/lock-views';

const NoInput = z.object({}).strict();

export const lockChannels = {
  'lock:status': { request: NoInput, response: LockStatusSchema },
  /** Locks now: the package closes and the identity locks (idempotent). */
  'lock:now': { request: NoInput, response: LockStatusSchema },
  /** Unlocks the identity that was unlocked when the app locked; wrong-passphrase keeps it locked. */
  'lock:resume': {
    request: z.object({ passphrase: z.string().min(1).max(1024).optional() }).strict(),
    response: LockStatusSchema,
  },
  'lock:setIdleMinutes': {
    request: z.object({ minutes: IdleMinutesSchema }).strict(),
    response: LockStatusSchema,
  },
} as const;

export * from '../lock/lock-views';
