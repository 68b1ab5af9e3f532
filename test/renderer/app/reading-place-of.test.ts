import { describe, expect, it } from 'vitest';
import { savedPlaceOf } from '../../../renderer/app/reading-place-of';
import type { JournalRecord } from '../../../shared/journal/journal-record';

const common = {
  caseId: '0123456789abcdef0123456789abcdef',
  at: '2026-11-29T08:00:00.000Z',
  author: '9N8A-Y9F9-3VHG-977G',
};

function position(recordNumber: number, materialId: string, fraction: number, page?: number) {
  return {
    ...common,
    kind: 'reading-position',
    applicationId: 'app-1',
    materialId,
    fraction,
    recordNumber,
    ...(page === undefined ? {} : { page }),
  } as JournalRecord;
}

describe('the saved reading place of a material', () => {
  it('is the newest position of that material, page and fraction', () => {
    const records = [
      position(1, 'm1', 0.1, 3),
      position(4, 'm2', 0.9),
      position(3, 'm1', 0.6, 12),
      position(2, 'm1', 0.2, 5),
    ];
    expect(savedPlaceOf(records, 'm1')).toEqual({ page: 12, fraction: 0.6 });
    expect(savedPlaceOf(records, 'm2')).toEqual({ fraction: 0.9 });
  });

  it('is null for a material never scrolled, and ignores other kinds', () => {
    const annotation = {
      ...common,
      kind: 'annotation-deleted',
      annotationId: 'a1',
      recordNumber: 9,
    } as JournalRecord;
    expect(savedPlaceOf([annotation, position(1, 'm1', 0.3)], 'm3')).toBeNull();
  });
});
