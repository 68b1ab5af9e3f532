/**
 * The working set's live records for the review, and whether they are the records of the
 * journal main names: nothing about the undertaking is decided from an empty list read before
 * the working set was hydrated (the review screen and the undertaking gate ask the same).
 */
import type { JournalRecord, JournalStatus } from '../../../shared/journal';
import { useWorkingSetQuery } from '../../data';

/** The working set's live records and which journal they are of; null until its first answer. */
export interface HeldRecords {
  readonly journal: { readonly caseId: string; readonly owner: string } | null;
  readonly records: readonly JournalRecord[];
}

export function useReviewRecords(): HeldRecords | null {
  return useWorkingSetQuery<HeldRecords | null>(
    'review:held-records',
    async (reader) => ({ journal: await reader.heldJournal(), records: await reader.allRecords() }),
    null,
  );
}

/** Whether the held records are those of the journal main named (or main has none open). */
export function recordsHydrated(held: HeldRecords | null, journal: JournalStatus | null): boolean {
  return (
    held !== null &&
    journal !== null &&
    (!journal.open ||
      (held.journal?.caseId === journal.caseId && held.journal.owner === journal.owner))
  );
}
