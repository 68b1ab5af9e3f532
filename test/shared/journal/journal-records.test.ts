/** The record types (shared/journal): W3C selectors, subjects, the live view. */
import { describe, expect, it } from 'vitest';
import {
  AnnotationSelectorsSchema,
  JOURNAL_ENTRY_SCHEMAS,
  JournalRecordSchema,
  liveRecords,
  pageOfSelector,
  pdfPageSelector,
  subjectOf,
} from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';
import { CASE_ID, note, position } from '../../electron/core/journal/journal-fixtures';

const envelope = (n: number) => ({
  caseId: CASE_ID,
  recordNumber: n,
  at: '2026-11-29T08:00:00.000Z',
  author: 'ABCD-EFGH-JKMN-PQRS',
});

describe('journal records', () => {
  it('anchor an annotation by quote with context, by position, and in a PDF by page', () => {
    const quote = {
      type: 'TextQuoteSelector',
      exact: '持续改进',
      prefix: '坚持',
      suffix: '的',
    } as const;
    expect(AnnotationSelectorsSchema.safeParse([quote]).success).toBe(true);
    const onPage = pdfPageSelector(12, quote);
    expect(onPage).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=12',
      refinedBy: quote,
    });
    expect(pageOfSelector(onPage)).toBe(12);
    expect(AnnotationSelectorsSchema.safeParse([onPage]).success).toBe(true);
    // Every annotation can say when its text is gone: one alternative at least is a quote.
    const position = { type: 'TextPositionSelector', start: 3, end: 9 } as const;
    expect(AnnotationSelectorsSchema.safeParse([position]).success).toBe(false);
    expect(AnnotationSelectorsSchema.safeParse([pdfPageSelector(2, position)]).success).toBe(false);
    expect(AnnotationSelectorsSchema.safeParse([quote, { ...position, end: 3 }]).success).toBe(
      false,
    );
    expect(AnnotationSelectorsSchema.safeParse([pdfPageSelector(0, quote)]).success).toBe(false);
  });

  it('carry the case, a number, a time and the author, for every kind of entry', () => {
    expect(JournalRecordSchema.options).toHaveLength(JOURNAL_ENTRY_SCHEMAS.length);
    expect(JournalRecordSchema.safeParse({ ...note(1), ...envelope(1) }).success).toBe(true);
    const { author: _author, ...noAuthor } = envelope(1);
    expect(JournalRecordSchema.safeParse({ ...note(1), ...noAuthor }).success).toBe(false);
    expect(JournalRecordSchema.safeParse({ ...note(1), ...envelope(0) }).success).toBe(false);
    expect(JournalRecordSchema.safeParse({ ...note(1), ...envelope(1), extra: 1 }).success).toBe(
      false,
    );
  });

  it('replace earlier records of the same subject, and a deletion leaves nothing live', () => {
    const records = [
      { ...note(1, 'a1'), ...envelope(1) },
      { ...position('m1', 0.2), ...envelope(2) },
      { ...note(3, 'a2'), ...envelope(3) },
      { ...note(4, 'a1'), ...envelope(4) },
      { kind: 'annotation-deleted', annotationId: 'a2', ...envelope(5) },
      { ...position('m2', 0.9), ...envelope(6) },
    ] as JournalRecord[];
    expect(subjectOf(records[0]!)).toBe(subjectOf(records[3]!));
    expect(subjectOf(records[1]!)).not.toBe(subjectOf(records[5]!));
    expect(liveRecords(records).map((r) => r.recordNumber)).toEqual([2, 4, 6]);
  });
});
