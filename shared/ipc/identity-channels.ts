/**
 * `identity:` channels: the identities on this laptop. Every answer is public card data; the
 * passphrase goes in, the keys never come out. Spread into the one channel map (channels.ts).
 */
import { z } from 'zod';
import {
  FingerprintSchema,
  IdentityOverviewSchema,
  IdentityProfileInputSchema,
  IdentityRestoreViewSchema,
  SavedFileViewSchema,
} from '../identity/identity-views';

const NoInput = z.object({}).strict();
const Passphrase = z.string().min(1).max(1024);

export const identityChannels = {
  'identity:list': { request: NoInput, response: IdentityOverviewSchema },
  'identity:create': {
    request: z.object({ profile: IdentityProfileInputSchema, passphrase: Passphrase }).strict(),
    response: IdentityOverviewSchema,
  },
  /** Unlocking one identity locks the one unlocked before: switching. */
  'identity:unlock': {
    request: z.object({ fingerprint: FingerprintSchema, passphrase: Passphrase }).strict(),
    response: IdentityOverviewSchema,
  },
  'identity:lock': { request: NoInput, response: IdentityOverviewSchema },
  /** The unlocked identity's card, to a file the save dialog names. */
  'identity:exportCard': { request: NoInput, response: SavedFileViewSchema },
  /** The unlocked identity's fingerprint, copied by main. */
  'identity:copyFingerprint': {
    request: NoInput,
    response: z.object({ fingerprint: FingerprintSchema }),
  },
  /** The encrypted identity file, copied into a folder the dialog gives. */
  'identity:backup': {
    request: z.object({ fingerprint: FingerprintSchema }).strict(),
    response: SavedFileViewSchema,
  },
  /** A backup file the dialog gives, kept once it opens with the passphrase. */
  'identity:restore': {
    request: z.object({ passphrase: Passphrase }).strict(),
    response: IdentityRestoreViewSchema,
  },
} as const;

export * from '../identity/identity-views';
