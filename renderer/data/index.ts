/** The working set (Dexie over an in-memory IndexedDB): what the rest of the renderer uses. */
export {
  applyJournalRecord,
  emptyWorkingSet,
  hydrateJournal,
  hydratePackage,
  readWorkingSet,
  resetWorkingSet,
  watchWorkingSet,
  workingSetCounts,
} from './working-set';
export { useLiveRecordsOf, useWorkingSetQuery } from './use-working-set';
export type {
  ApplicationRow,
  MaterialRow,
  WorkingSetCounts,
  WorkingSetReader,
} from './working-set-db';
