import { useCallback, useMemo, useRef } from 'react';
import type { JournalRecord } from '../../shared/journal/journal-record';
import type { ReadingPlace } from '../features/reader/word/reading-place';
import { noteReadingPosition } from '../state/journal-actions';
import {
  selectReaderTarget,
  selectReaderTargetOutcome,
  useReaderTargetStore,
} from '../state/reader-target-store';

/** The place last saved for `materialId` among an application's records (null: none). */
export function savedPlaceOf(
  records: readonly JournalRecord[],
  materialId: string,
): ReadingPlace | null {
  let latest: (JournalRecord & { kind: 'reading-position' }) | null = null;
  for (const record of records) {
    if (record.kind !== 'reading-position' || record.materialId !== materialId) continue;
    if (latest === null || record.recordNumber > latest.recordNumber) latest = record;
  }
  if (latest === null) return null;
  return latest.page === undefined
    ? { fraction: latest.fraction }
    : { page: latest.page, fraction: latest.fraction };
}

/**
 * Where the reader opens a material (the place saved in the journal, unless a passage of it was
 * asked for: a search hit or an annotation wins), and where it says the expert now is: written to
 * the journal once the scrolling pauses (the journal saver's own delay).
 */
export function useReadingPlaceOf(
  records: readonly JournalRecord[],
  applicationId: string,
  materialId: string,
): { startAt: ReadingPlace | null; onPlace: (place: ReadingPlace) => void } {
  const target = useReaderTargetStore(selectReaderTarget);
  const outcome = useReaderTargetStore(selectReaderTargetOutcome);
  // Once a passage of this material is asked for while it is open, the saved place stands aside.
  const asked = useRef(false);
  if (target?.materialId === materialId && outcome === 'pending') asked.current = true;
  const saved = useMemo(() => savedPlaceOf(records, materialId), [records, materialId]);
  const onPlace = useCallback(
    (place: ReadingPlace) =>
      noteReadingPosition({ kind: 'reading-position', applicationId, materialId, ...place }),
    [applicationId, materialId],
  );
  return { startAt: asked.current ? null : saved, onPlace };
}
