/**
 * Live queries over the working set for the screens: a component shows what the query reads
 * now and is drawn again whenever a write changes it (hydration, an append, emptying).
 */
import { useEffect, useState } from 'react';
import type { JournalRecord } from '../../shared/journal';
import { watchWorkingSet } from './working-set';
import type { WorkingSetReader } from './working-set-db';

const NO_RECORDS: readonly JournalRecord[] = [];

/**
 * What `query` reads from the working set, `initial` until its first answer. `key` names the
 * query: a new key starts a new watch (the query is taken as it is at that moment).
 */
export function useWorkingSetQuery<T>(
  key: string,
  query: (reader: WorkingSetReader) => Promise<T>,
  initial: T,
): T {
  const [answer, setAnswer] = useState<{ readonly key: string; readonly value: T } | null>(null);
  useEffect(
    () =>
      watchWorkingSet(
        query,
        (value) => setAnswer({ key, value }),
        // The working set lives in memory: a failure is a bug, and names no content.
        (error: unknown) =>
          console.error(`working set query ${key} failed: ${(error as Error)?.name}`),
      ),
    // The key stands for the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return answer !== null && answer.key === key ? answer.value : initial;
}

/** The live journal records of one application, in journal order. */
export function useLiveRecordsOf(applicationId: string): readonly JournalRecord[] {
  return useWorkingSetQuery(
    `records-of:${applicationId}`,
    (reader) => reader.recordsOf(applicationId),
    NO_RECORDS,
  );
}
