/**
 * The newest package this machine has opened per case, round and recipient, by the package
 * sequence the office signed into the manifest (never by a clock, SECURITY 22): an older one is
 * refused, a newer one replaces it. With the sequence it keeps the ids of the applications that
 * package held, so a replacement can say which applications stayed (their work is kept) and
 * which left. Application ids ("a001") and case ids are opaque; nothing here is confidential.
 * Kept outside any case folder, like the office's generation memory.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { JsonStore } from '../storage/json-store';
import { serialisedDocument } from '../storage/serialised-document';

/** Which package a sequence counts: one person's, of one round of one case. */
export interface PackageSlot {
  readonly caseId: string;
  readonly roundId: string;
  /** The recipient's fingerprint, as the signed manifest names it. */
  readonly recipient: string;
}

export interface SequenceRecord {
  readonly sequence: number;
  readonly applicationIds: readonly string[];
}

/** What opening a package of this sequence means for the slot. */
export type SequenceOutcome =
  | { readonly kind: 'first' }
  | { readonly kind: 'same' }
  | {
      readonly kind: 'newer';
      readonly previousSequence: number;
      /** In both packages: work already done on them is kept. */
      readonly kept: readonly string[];
      /** In the older package only: no longer this person's to review. */
      readonly dropped: readonly string[];
      /** In the newer package only. */
      readonly added: readonly string[];
    };

export interface SequenceMemory {
  newest(slot: PackageSlot): Promise<SequenceRecord | null>;
  /** What accepting would mean, without recording it; an older sequence is 'package-superseded'. */
  assess(slot: PackageSlot, record: SequenceRecord): Promise<SequenceOutcome>;
  /** Checks again and records the package as the slot's newest, in one step. */
  accept(slot: PackageSlot, record: SequenceRecord): Promise<SequenceOutcome>;
}

const STORE_KEY = 'package-sequences';

const DocumentSchema = z.object({
  version: z.literal(1),
  packages: z.record(
    z.string(),
    z.object({
      sequence: z.number().int().positive(),
      applicationIds: z.array(z.string()),
    }),
  ),
});
type SequenceDocument = z.infer<typeof DocumentSchema>;

/** Case ids are hex, round ids [A-Za-z0-9_-], fingerprints with dashes: "/" joins them unambiguously. */
function slotKey(slot: PackageSlot): string {
  return `${slot.caseId}/${slot.roundId}/${slot.recipient}`;
}

/** The outcome of `record` over what the slot held; throws for an older sequence. */
export function sequenceOutcome(
  previous: SequenceRecord | null,
  record: SequenceRecord,
): SequenceOutcome {
  if (previous === null) return { kind: 'first' };
  if (record.sequence < previous.sequence) {
    throw new AppError('package-superseded', {
      found: record.sequence,
      highest: previous.sequence,
    });
  }
  if (record.sequence === previous.sequence) return { kind: 'same' };
  const before = new Set(previous.applicationIds);
  const after = new Set(record.applicationIds);
  return {
    kind: 'newer',
    previousSequence: previous.sequence,
    kept: record.applicationIds.filter((id) => before.has(id)),
    dropped: previous.applicationIds.filter((id) => !after.has(id)),
    added: record.applicationIds.filter((id) => !before.has(id)),
  };
}

/** The memory as one document in a JsonStore (the app's settings folder, or the CLI's). */
export function createSequenceMemory(store: JsonStore): SequenceMemory {
  // One change at a time, so two opens at once cannot both pass the check against a stale value.
  const { read, change } = serialisedDocument<SequenceDocument>(store, STORE_KEY, DocumentSchema, {
    empty: () => ({ version: 1, packages: {} }),
    damaged: () => new AppError('desk-memory-damaged', {}, 'package sequences'),
  });
  const newest = async (slot: PackageSlot): Promise<SequenceRecord | null> =>
    (await read()).packages[slotKey(slot)] ?? null;
  return {
    newest,
    assess: async (slot, record) => sequenceOutcome(await newest(slot), record),
    async accept(slot, record) {
      let outcome: ReturnType<typeof sequenceOutcome> | undefined;
      await change((doc) => {
        const key = slotKey(slot);
        outcome = sequenceOutcome(doc.packages[key] ?? null, record);
        if (outcome.kind === 'same') return null;
        const stored = { sequence: record.sequence, applicationIds: [...record.applicationIds] };
        return { ...doc, packages: { ...doc.packages, [key]: stored } };
      });
      return outcome!;
    },
  };
}
