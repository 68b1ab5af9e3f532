import { describe, expect, it } from 'vitest';
import { defaultRubric, rubricParts } from '../../../shared/domain/rubric';
import type { JournalRecord } from '../../../shared/journal';
import { JournalRecordSchema, liveRecords, subjectOf } from '../../../shared/journal';
import { bundleOutcomeOf, draftTotal, reviewDraftsOf } from '../../../shared/review/review-draft';
import { readerProgress, reviewProgress } from '../../../shared/review/review-progress';

const rubric = defaultRubric('material');
const envelope = (n: number) => ({
  caseId: '0123456789abcdef0123456789abcdef',
  recordNumber: n,
  at: '2026-11-29T08:00:00.000Z',
  author: '9N8A-Y9F9-3VHG-977G',
});

function records(entries: readonly object[]): JournalRecord[] {
  return entries.map((entry, i) => JournalRecordSchema.parse({ ...entry, ...envelope(i + 1) }));
}

const place = (applicationId: string, roundId = 'material') => ({ roundId, applicationId });

function completeReview(applicationId: string): object[] {
  return [
    ...rubricParts(rubric).map(({ part }) => ({
      kind: 'review-score',
      ...place(applicationId),
      partId: part.id,
      score: part.maxPoints - 2,
    })),
    { kind: 'review-overall', ...place(applicationId), field: 'strengths', text: '体系完整。' },
    { kind: 'review-recommendation', ...place(applicationId), recommendation: 'recommend' },
  ];
}

describe('the review journal entries', () => {
  it('each edit is its own subject per round, application and field', () => {
    const [a, b, c] = records([
      { kind: 'review-score', ...place('a1'), partId: 'c1p1', score: 10 },
      { kind: 'review-score', ...place('a1', 'defense'), partId: 'c1p1', score: 11 },
      { kind: 'review-comment', ...place('a1'), targetId: 'c1p1', text: '好' },
    ]);
    expect(new Set([a, b, c].map((r) => subjectOf(r!))).size).toBe(3);
  });

  it('refuses a negative score, a score beyond any part, an unknown field and extra keys', () => {
    const bad = [
      { kind: 'review-score', ...place('a1'), partId: 'c1p1', score: -1 },
      { kind: 'review-score', ...place('a1'), partId: 'c1p1', score: 101 },
      { kind: 'review-score', ...place('a1'), partId: 'C1 P1', score: 1 },
      { kind: 'review-overall', ...place('a1'), field: 'summary', text: '' },
      { kind: 'review-recommendation', ...place('a1'), recommendation: 'maybe' },
      { kind: 'review-no-discussion', ...place('a1'), noDiscussionNeeded: true, extra: 1 },
      { kind: 'review-score', roundId: 'a:b', applicationId: 'a1', partId: 'c1p1', score: 1 },
    ];
    for (const entry of bad) {
      expect(JournalRecordSchema.safeParse({ ...entry, ...envelope(1) }).success).toBe(false);
    }
  });
});

describe('reviewDraftsOf and reviewProgress', () => {
  it('folds the last value of each field, and a cleared score is unscored, not 0', () => {
    const live = liveRecords(
      records([
        { kind: 'review-score', ...place('a1'), partId: 'c1p1', score: 10 },
        { kind: 'review-score', ...place('a1'), partId: 'c1p2', score: 9 },
        { kind: 'review-score', ...place('a1'), partId: 'c1p1', score: 12.5 },
        { kind: 'review-score', ...place('a1'), partId: 'c1p2', score: null },
        { kind: 'review-score', ...place('a1', 'defense'), partId: 'c1p1', score: 1 },
      ]),
    );
    const draft = reviewDraftsOf(live, 'material').get('a1')!;
    expect(draft.partScores).toEqual({ c1p1: 12.5 });
    expect(draftTotal(rubric, draft)).toMatchObject({ complete: false, scoredPoints: 12.5 });
  });

  it('says not started, in progress, complete, submitted and closed by a conflict', () => {
    const live = records([
      ...completeReview('a2'),
      ...completeReview('a4'),
      { kind: 'review-score', ...place('a3'), partId: 'c1p1', score: 10 },
    ]);
    const progress = reviewProgress(
      rubric,
      'material',
      ['a1', 'a2', 'a3', 'a4'],
      live,
      new Set(['a4']),
    );
    expect(progress.applications.map((a) => a.state)).toEqual([
      'not-started',
      'complete',
      'in-progress',
      'submitted',
    ]);
    expect(progress.counts).toEqual({
      'not-started': 1,
      'in-progress': 1,
      complete: 1,
      submitted: 1,
      conflict: 0,
    });
    // The same records in the other round: nothing started there.
    const defense = reviewProgress(defaultRubric('defense'), 'defense', ['a2'], live);
    expect(defense.applications[0]!.state).toBe('not-started');
  });

  it('gives a complete review in the bundle shape with the computed total', () => {
    const draft = reviewDraftsOf(records(completeReview('a2')), 'material').get('a2')!;
    const total = draftTotal(rubric, draft);
    expect(total).toMatchObject({ complete: true, total: 100 - 2 * rubricParts(rubric).length });
    expect(bundleOutcomeOf(draft)).toMatchObject({
      kind: 'review',
      recommendation: 'recommend',
      noDiscussionNeeded: false,
      overall: { strengths: '体系完整。', weaknesses: '', suggestions: '' },
    });
  });
});

describe('the progress view of a person holding several seats', () => {
  // A chair who also leads the first group: the package holds the whole round (a1 to a4), the
  // person reviews their group's a1 and a2 only, and the bundle they submit holds those two.
  const base = {
    rubric,
    roundId: 'material',
    applicationIds: ['a1', 'a2', 'a3', 'a4'],
    reviewedIds: ['a1', 'a2'],
  };

  it('lists only the applications the person reviews, in the package’s order', () => {
    const progress = readerProgress({
      ...base,
      records: records(completeReview('a2')),
      locked: false,
    });
    expect(progress.applications).toEqual([
      { applicationId: 'a1', state: 'not-started' },
      { applicationId: 'a2', state: 'complete' },
    ]);
  });

  it('marks as submitted only the applications the submitted bundle holds', () => {
    const progress = readerProgress({
      ...base,
      records: records([...completeReview('a1'), ...completeReview('a2')]),
      locked: true,
    });
    expect(progress.applications.map((a) => [a.applicationId, a.state])).toEqual([
      ['a1', 'submitted'],
      ['a2', 'submitted'],
    ]);
    expect(progress.counts).toMatchObject({ submitted: 2, 'not-started': 0 });
  });

  it('lists nothing for a person who reviews in no group (a chair alone)', () => {
    const chairAlone = readerProgress({
      ...base,
      reviewedIds: [],
      records: records(completeReview('a1')),
      locked: true,
    });
    expect(chairAlone.applications).toEqual([]);
    expect(chairAlone.counts.submitted).toBe(0);
  });
});
