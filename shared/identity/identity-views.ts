/**
 * What the identity service answers (and the identity screens receive over IPC): public card
 * data only. The private keys stay in main; nothing here is secret. Outside shared/ipc: the core
 * service returns these shapes, and the core never imports the channel map.
 */
import { z } from 'zod';

/** 专家、组长、主任委员、副主任委员, and the office (whose identity the CLI usually makes). */
export const IDENTITY_ROLE_VALUES = ['office', 'expert', 'leader', 'chair', 'vice-chair'] as const;
export const IdentityRoleSchema = z.enum(IDENTITY_ROLE_VALUES);
export type IdentityRoleValue = z.infer<typeof IdentityRoleSchema>;

/** "7KQ2-M9TX-PA4R-3HVN": 16 Crockford base32 symbols in four groups, read aloud group by group. */
export const FingerprintSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a person says about themselves when creating an identity (the card's own limits). */
export const IdentityProfileInputSchema = z
  .object({
    name: text(100),
    organisation: text(200),
    region: text(100).optional(),
    role: IdentityRoleSchema,
  })
  .strict();
export type IdentityProfileInput = z.infer<typeof IdentityProfileInputSchema>;

/** One identity on this laptop, as its card says. */
export const IdentitySummarySchema = z.object({
  /** The card's fingerprint: also the identity's name in the app's folder. */
  fingerprint: FingerprintSchema,
  name: z.string(),
  organisation: z.string(),
  region: z.string().optional(),
  role: IdentityRoleSchema,
  /** ISO 8601, when the keys were made. */
  createdAt: z.string(),
});
export type IdentitySummary = z.infer<typeof IdentitySummarySchema>;

/**
 * The identities on this laptop and the unlocked one. A listed card is read from the file's clear
 * part and proven only by unlocking; `current` is the card of the unlocked keys themselves.
 */
export const IdentityOverviewSchema = z.object({
  identities: z.array(IdentitySummarySchema),
  current: IdentitySummarySchema.nullable(),
  /** Files in the identities folder that could not be read as an identity. */
  unreadable: z.number().int().nonnegative(),
});
export type IdentityOverview = z.infer<typeof IdentityOverviewSchema>;

/** A file written where the person chose: its name only (never the folder); null if cancelled. */
export const SavedFileViewSchema = z.object({ fileName: z.string().nullable() });
export type SavedFileView = z.infer<typeof SavedFileViewSchema>;

/** A restore from a backup file: added, or replacing the same identity's file; null if cancelled. */
export const IdentityRestoreViewSchema = z.object({
  outcome: z.enum(['added', 'replaced']).nullable(),
  overview: IdentityOverviewSchema,
});
export type IdentityRestoreView = z.infer<typeof IdentityRestoreViewSchema>;
