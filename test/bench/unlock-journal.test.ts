/**
 * The journal the unlock bench writes is the full one the issue names: every entry one the
 * renderer may append, every application complete against the round's rubric, and 200
 * annotations quoting passages that are in their application's .docx.
 */
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../shared/domain/rubric';
import { JournalAppendEntrySchema } from '../../shared/journal/journal-views';
import type { JournalRecord } from '../../shared/journal';
import { reviewProgress } from '../../shared/review/review-progress';
import { ANNOTATIONS, fullJournal } from './unlock-journal';
import { PARAGRAPHS, UNLOCK_APPLICATIONS, paragraphText } from './unlock-round';

const applications = Array.from({ length: UNLOCK_APPLICATIONS }, (_, i) => ({
  id: `app-${i + 1}`,
  n: i + 1,
  docxMaterialId: `m-${2 * i}`,
}));
const AUTHOR = '0123-4567-89AB-CDEF';

/** The entries as the journal would hold them (envelope added), for the pure review helpers. */
function asRecords(entries: ReturnType<typeof fullJournal>): JournalRecord[] {
  return entries.map(
    (entry, i) =>
      ({
        ...entry,
        caseId: '0123456789abcdef0123456789abcdef',
        recordNumber: i + 1,
        at: '2026-06-21T09:00:00+08:00',
        author: AUTHOR,
      }) as JournalRecord,
  );
}

describe('the unlock bench journal', () => {
  const rubric = defaultRubric('material');
  const entries = fullJournal(rubric, 'material', applications);

  it('holds only entries the renderer may append', () => {
    for (const entry of entries)
      expect(JournalAppendEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('leaves every application complete: every part scored, the overall comment, a recommendation', () => {
    const progress = reviewProgress(
      rubric,
      'material',
      applications.map((a) => a.id),
      asRecords(entries),
    );
    expect(progress.counts.complete).toBe(UNLOCK_APPLICATIONS);
  });

  it('comments every criterion and every part of every application', () => {
    const targets = rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)]);
    for (const app of applications) {
      const commented = entries
        .filter((e) => e.kind === 'review-comment' && e.applicationId === app.id)
        .map((e) => (e.kind === 'review-comment' ? e.targetId : ''));
      expect(commented.sort()).toEqual([...targets].sort());
    }
  });

  it('has 200 annotations on every application, each quoting a passage of its .docx', () => {
    const notes = entries.filter((e) => e.kind === 'annotation');
    expect(notes).toHaveLength(ANNOTATIONS);
    expect(new Set(notes.map((n) => n.applicationId)).size).toBe(UNLOCK_APPLICATIONS);
    for (const note of notes) {
      if (note.kind !== 'annotation') continue;
      const app = applications.find((a) => a.id === note.applicationId)!;
      expect(note.target.source).toBe(app.docxMaterialId);
      const selector = note.target.selector[0]!;
      const text = Array.from({ length: PARAGRAPHS }, (_, i) => paragraphText(app.n, i + 1));
      expect(
        selector.type === 'TextQuoteSelector' &&
          text.some((p) => p.includes(`${selector.prefix}${selector.exact}${selector.suffix}`)),
      ).toBe(true);
    }
  });
});
