/**
 * The round's submissions from the journal's records (review-submission.ts): lowest sequence
 * first whatever the journal order, locked while the highest submitted sequence is above the
 * highest reopened one, other rounds apart; the subjects keep every submission live; drafts
 * ignore the round's own records.
 */
import { describe, expect, it } from 'vitest';
import { submissionStateOf } from '../../../../electron/core/review/review-submission';
import { JournalRecordSchema, liveRecords } from '../../../../shared/journal';
import type { JournalRecord } from '../../../../shared/journal';
import { reviewDraftsOf } from '../../../../shared/review/review-draft';

const envelope = (n: number) => ({
  caseId: '0123456789abcdef0123456789abcdef',
  recordNumber: n,
  at: `2026-11-29T08:0${n}:00.000Z`,
  author: '9N8A-Y9F9-3VHG-977G',
});
let n = 0;
const submitted = (roundId: string, sequence: number): JournalRecord =>
  JournalRecordSchema.parse({
    kind: 'review-submitted',
    roundId,
    sequence,
    bundleSha256: 'ab'.repeat(32),
    fileName: `case.${roundId}.X.${sequence}.qbbundle`,
    ...envelope(++n),
  });
const reopened = (roundId: string, sequence: number): JournalRecord =>
  JournalRecordSchema.parse({ kind: 'review-reopened', roundId, sequence, ...envelope(++n) });

describe('submissionStateOf', () => {
  it('is empty and unlocked with nothing submitted', () => {
    expect(submissionStateOf([], 'material')).toEqual({
      submissions: [],
      highest: 0,
      locked: false,
    });
  });

  it('locks after a submission, unlocks on reopening it, locks again on the next', () => {
    const one = [submitted('material', 1)];
    expect(submissionStateOf(one, 'material')).toMatchObject({ highest: 1, locked: true });
    const two = [...one, reopened('material', 1)];
    expect(submissionStateOf(two, 'material')).toMatchObject({ highest: 1, locked: false });
    const three = [...two, submitted('material', 2)];
    const state = submissionStateOf(liveRecords(three), 'material');
    expect(state).toMatchObject({ highest: 2, locked: true });
    expect(state.submissions.map((s) => s.sequence)).toEqual([1, 2]);
  });

  it('orders by sequence, never by the journal or the clock, and keeps rounds apart', () => {
    const records = [submitted('material', 3), submitted('material', 2), submitted('defense', 1)];
    const state = submissionStateOf(records, 'material');
    expect(state.submissions.map((s) => s.sequence)).toEqual([2, 3]);
    expect(submissionStateOf(records, 'defense')).toMatchObject({ highest: 1, locked: true });
    expect(submissionStateOf([reopened('defense', 1), ...records], 'defense').locked).toBe(false);
  });

  it('leaves the drafts alone', () => {
    expect(
      reviewDraftsOf([submitted('material', 1), reopened('material', 1)], 'material').size,
    ).toBe(0);
  });
});
