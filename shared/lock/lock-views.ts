/**
 * The app lock as the renderer sees it: whether the keys have been put away, whose passphrase
 * brings them back, which package was open (opened again after unlocking), and after how many
 * idle minutes the app locks itself. Public facts only: names, fingerprints, a file name.
 */
import { z } from 'zod';

/** Idle minutes before the app locks itself: at least one, at most a working morning. */
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 240;
export const IDLE_MINUTES_DEFAULT = 15;

export const IdleMinutesSchema = z.number().int().min(IDLE_MINUTES_MIN).max(IDLE_MINUTES_MAX);

export const LockStatusSchema = z.object({
  locked: z.boolean(),
  /** The identity that was unlocked when the app locked: its passphrase unlocks it again. */
  identity: z.object({ name: z.string(), fingerprint: z.string() }).nullable(),
  /** The package that was open: opened again (from the same file) after unlocking. */
  package: z
    .object({ fileName: z.string(), unlockedWith: z.enum(['identity', 'passphrase']) })
    .nullable(),
  idleMinutes: IdleMinutesSchema,
});
export type LockStatus = z.infer<typeof LockStatusSchema>;
