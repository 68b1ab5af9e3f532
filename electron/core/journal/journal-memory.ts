/**
 * The highest record number this machine has saved of each person's journal of each case, and
 * which journal that was, kept outside the journal (the app's data directory, over a JsonStore),
 * so an older copy of the journal, or one cut exactly at a record boundary, is refused instead of
 * silently losing work (SECURITY 22; the office's generation-memory.ts is the same idea). It holds
 * random ids, public fingerprints and numbers only. A restore from backup is logged here.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { JsonStore } from '../storage/json-store';
import { serialisedDocument } from '../storage/serialised-document';

export interface RememberedJournal {
  /** The journal id, 32 hex digits. */
  readonly journalId: string;
  readonly highest: number;
}

export interface JournalRestoreRecord {
  readonly owner: string;
  readonly caseId: string;
  readonly journalId: string;
  /** The last record of the backup. */
  readonly accepted: number;
  /** What this machine remembered before, if anything. */
  readonly previous: RememberedJournal | null;
  readonly at: string;
}

export interface JournalMemory {
  remembered(owner: string, caseId: string): Promise<RememberedJournal | null>;
  /**
   * Raises the remembered number of this journal (a lower one is ignored). Refuses with
   * 'journal-replaced' when another journal of the case is remembered.
   */
  remember(owner: string, caseId: string, journalId: string, recordNumber: number): Promise<void>;
  /**
   * Makes a new journal the case's own. Refused with 'journal-rolled-back' (found 0) when this
   * machine has saved records of another journal of the case: that one must be restored instead.
   */
  start(owner: string, caseId: string, journalId: string): Promise<void>;
  /** Makes `journalId` the case's journal at `highest` (a restore), and logs it. */
  recordRestore(record: JournalRestoreRecord, highest: number): Promise<void>;
}

const STORE_KEY = 'journal-record-numbers';

const RememberedSchema = z.object({
  journalId: z.string().regex(/^[0-9a-f]{32}$/),
  highest: z.number().int().nonnegative(),
});

const DocumentSchema = z.object({
  version: z.literal(1),
  journals: z.record(z.string(), RememberedSchema),
  restores: z.array(
    z.object({
      owner: z.string(),
      caseId: z.string(),
      journalId: z.string(),
      accepted: z.number().int(),
      previous: RememberedSchema.nullable(),
      at: z.string(),
    }),
  ),
});
type MemoryDocument = z.infer<typeof DocumentSchema>;

const keyOf = (owner: string, caseId: string) => `${owner}/${caseId}`;

/** The memory as one document in a JsonStore. */
export function createJournalMemory(store: JsonStore): JournalMemory {
  // One change at a time, so two journals appending at once never lose one another's number.
  const { read, change } = serialisedDocument<MemoryDocument>(store, STORE_KEY, DocumentSchema, {
    empty: () => ({ version: 1, journals: {}, restores: [] }),
    damaged: () => new AppError('journal-memory-damaged'),
  });
  return {
    async remembered(owner, caseId) {
      return (await read()).journals[keyOf(owner, caseId)] ?? null;
    },
    remember: (owner, caseId, journalId, recordNumber) =>
      change((doc) => {
        const known = doc.journals[keyOf(owner, caseId)];
        if (known !== undefined && known.journalId !== journalId) {
          throw new AppError('journal-replaced');
        }
        if (known !== undefined && known.highest >= recordNumber) return null;
        const entry = { journalId, highest: recordNumber };
        return { ...doc, journals: { ...doc.journals, [keyOf(owner, caseId)]: entry } };
      }),
    start: (owner, caseId, journalId) =>
      change((doc) => {
        const known = doc.journals[keyOf(owner, caseId)];
        if (known !== undefined && known.highest > 0) {
          throw new AppError('journal-rolled-back', { found: 0, highest: known.highest });
        }
        const entry = { journalId, highest: 0 };
        return { ...doc, journals: { ...doc.journals, [keyOf(owner, caseId)]: entry } };
      }),
    recordRestore: (record, highest) =>
      change((doc) => ({
        ...doc,
        journals: {
          ...doc.journals,
          [keyOf(record.owner, record.caseId)]: { journalId: record.journalId, highest },
        },
        restores: [...doc.restores, { ...record }],
      })),
  };
}
