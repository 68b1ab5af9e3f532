/**
 * The office's full key pinned per case on this machine: the first package of a case is opened
 * against the fingerprint the expert typed in; from then on every package of that case must be
 * signed by exactly those keys (both of them compared, not only the 80-bit fingerprint). Kept
 * outside any case folder (the app's data directory; for the CLI a per-user file): case ids are
 * random and the keys are public, nothing here is confidential.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { JsonStore } from '../storage/json-store';
import { serialisedDocument } from '../storage/serialised-document';

/** The office's public keys as the package header carries them, and their fingerprint. */
export interface OfficeKey {
  readonly fingerprint: string;
  /** Ed25519, base64 of the 32 raw bytes. */
  readonly signingPublicKey: string;
  /** "age1…" */
  readonly ageRecipient: string;
}

export interface PinStore {
  /** The key pinned for the case, or null before its first package was opened. */
  pinned(caseId: string): Promise<OfficeKey | null>;
  /** Whether this exact key is pinned for any case (a package can be checked before its case is known). */
  isPinned(key: OfficeKey): Promise<boolean>;
  /**
   * Pins the key for the case; the same key again is a no-op. Another key already pinned is
   * refused with 'office-key-changed' (checked again here, so two opens at once cannot both pin).
   */
  pin(caseId: string, key: OfficeKey): Promise<void>;
}

const STORE_KEY = 'office-pins';

const OfficeKeySchema = z.object({
  fingerprint: z.string().min(1),
  signingPublicKey: z.string().min(1),
  ageRecipient: z.string().min(1),
});

const DocumentSchema = z.object({
  version: z.literal(1),
  cases: z.record(z.string().regex(/^[0-9a-f]{32}$/), OfficeKeySchema),
});
type PinDocument = z.infer<typeof DocumentSchema>;

/** The only way two office keys are compared: both public keys, byte for byte. */
export function sameOfficeKey(a: OfficeKey, b: OfficeKey): boolean {
  return a.signingPublicKey === b.signingPublicKey && a.ageRecipient === b.ageRecipient;
}

/** The store as one document in a JsonStore (the app's settings folder, or the CLI's). */
export function createPinStore(store: JsonStore): PinStore {
  // One change at a time, so two opens at once never lose or overwrite one another's pin.
  const { read: settled, change } = serialisedDocument<PinDocument>(
    store,
    STORE_KEY,
    DocumentSchema,
    {
      empty: () => ({ version: 1, cases: {} }),
      damaged: () => new AppError('desk-memory-damaged', {}, 'office pins'),
    },
  );
  return {
    async pinned(caseId) {
      return (await settled()).cases[caseId] ?? null;
    },
    async isPinned(key) {
      return Object.values((await settled()).cases).some((k) => sameOfficeKey(k, key));
    },
    pin(caseId, key) {
      return change((doc) => {
        const pinned = doc.cases[caseId];
        if (pinned !== undefined) {
          if (sameOfficeKey(pinned, key)) return null;
          throw new AppError('office-key-changed', {
            pinned: pinned.fingerprint,
            signer: key.fingerprint,
          });
        }
        return { ...doc, cases: { ...doc.cases, [caseId]: { ...key } } };
      });
    },
  };
}
