import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../shared/domain/rubric';
import {
  consensusRecord,
  openBallotRecord,
  scoreChangeRecord,
  secretBallotRecord,
  textRecord,
} from '../../../renderer/features/deliberation/record-forms';

const rubric = defaultRubric('material');
const change = {
  applicationId: 'A01',
  expertId: 'e05',
  partId: 'c1p1',
  from: 6,
  toText: '12',
  reason: 'summation-error' as const,
  otherText: '',
};

describe('scoreChangeRecord', () => {
  it('makes a score change from the present score to the typed one, with its reason', () => {
    expect(scoreChangeRecord(rubric, change)).toEqual({
      ok: true,
      record: {
        kind: 'score-change',
        applicationId: 'A01',
        expertId: 'e05',
        partId: 'c1p1',
        from: 6,
        to: 12,
        reason: { code: 'summation-error' },
      },
    });
  });

  it('reads full-width digits and point as the score fields do', () => {
    const read = scoreChangeRecord(rubric, { ...change, toText: '１２．５' });
    expect(read.ok && read.record.kind === 'score-change' && read.record.to).toBe(12.5);
  });

  it("refuses a score above the part's maximum, half typed, empty, or unchanged", () => {
    expect(scoreChangeRecord(rubric, { ...change, toText: '16' })).toEqual({
      ok: false,
      problem: { key: 'score.above-maximum', max: 15 },
    });
    expect(scoreChangeRecord(rubric, { ...change, toText: '１２．' })).toMatchObject({
      problem: { key: 'score.half-typed' },
    });
    expect(scoreChangeRecord(rubric, { ...change, toText: '' })).toMatchObject({
      problem: { key: 'form.needsScore' },
    });
    expect(scoreChangeRecord(rubric, { ...change, toText: '6' })).toMatchObject({
      problem: { key: 'form.unchanged' },
    });
  });

  it('needs a reason from the fixed list, and 其他 needs its text', () => {
    expect(scoreChangeRecord(rubric, { ...change, reason: '' })).toMatchObject({
      problem: { key: 'form.needsReason' },
    });
    expect(
      scoreChangeRecord(rubric, { ...change, reason: 'other', otherText: '  ' }),
    ).toMatchObject({ problem: { key: 'form.needsText' } });
    const other = scoreChangeRecord(rubric, {
      ...change,
      reason: 'other',
      otherText: ' 专家复核后更正 ',
    });
    expect(other.ok && other.record.kind === 'score-change' && other.record.reason).toEqual({
      code: 'other',
      text: '专家复核后更正',
    });
  });

  it('refuses a part the rubric does not have', () => {
    expect(scoreChangeRecord(rubric, { ...change, partId: 'nope' })).toMatchObject({
      problem: { key: 'form.needsPart' },
    });
  });
});

describe('ballots', () => {
  const ballot = { applicationId: 'A01', ballotNo: 2, proposal: 'enter-defense' as const };

  it('keeps only the counts of a secret ballot, full-width digits read, empty as 0', () => {
    expect(
      secretBallotRecord({
        ...ballot,
        voters: 3,
        counts: { for: '２', against: '', abstain: '1' },
      }),
    ).toEqual({
      ok: true,
      record: {
        kind: 'ballot',
        ...ballot,
        ballot: { mode: 'secret', counts: { for: 2, against: 0, abstain: 1 } },
      },
    });
  });

  it('refuses more votes than voters, no vote at all, or a count that is not a whole number', () => {
    const counts = { for: '3', against: '1', abstain: '' };
    expect(secretBallotRecord({ ...ballot, voters: 3, counts })).toEqual({
      ok: false,
      problem: { key: 'form.count.tooMany', voters: 3 },
    });
    expect(
      secretBallotRecord({ ...ballot, voters: 3, counts: { for: '', against: '', abstain: '' } }),
    ).toMatchObject({ problem: { key: 'form.count.none' } });
    expect(
      secretBallotRecord({ ...ballot, voters: 3, counts: { ...counts, for: '1.5' } }),
    ).toMatchObject({ problem: { key: 'form.count.notANumber' } });
  });

  it("records each member's vote of an open ballot, leaving out who did not vote", () => {
    const read = openBallotRecord({
      ...ballot,
      votes: [
        { expertId: 'e01', vote: 'for' },
        { expertId: 'e02', vote: null },
        { expertId: 'e03', vote: 'against' },
      ],
    });
    expect(read).toEqual({
      ok: true,
      record: {
        kind: 'ballot',
        ...ballot,
        ballot: {
          mode: 'open',
          votes: [
            { expertId: 'e01', vote: 'for' },
            { expertId: 'e03', vote: 'against' },
          ],
        },
      },
    });
    expect(openBallotRecord({ ...ballot, votes: [{ expertId: 'e01', vote: null }] })).toMatchObject(
      { problem: { key: 'form.count.none' } },
    );
  });
});

describe('consensus and texts', () => {
  it("takes a consensus score within the rubric's total and the opinion", () => {
    expect(
      consensusRecord(rubric, { applicationId: 'A01', scoreText: '８６', opinion: ' 同意入围。 ' }),
    ).toEqual({
      ok: true,
      record: { kind: 'consensus', applicationId: 'A01', score: 86, opinion: '同意入围。' },
    });
    expect(
      consensusRecord(rubric, { applicationId: 'A01', scoreText: '101', opinion: '同意。' }),
    ).toMatchObject({ problem: { key: 'score.above-maximum', max: 100 } });
    expect(
      consensusRecord(rubric, { applicationId: 'A01', scoreText: '86', opinion: '' }),
    ).toMatchObject({ problem: { key: 'form.needsText' } });
  });

  it('refuses an empty text and one over the length the records allow', () => {
    const note = (text: string) => ({
      kind: 'discussion-note' as const,
      applicationId: 'A01',
      text,
    });
    expect(textRecord('  ', note)).toMatchObject({ problem: { key: 'form.needsText' } });
    expect(textRecord('x'.repeat(20_001), note)).toMatchObject({
      problem: { key: 'form.invalid' },
    });
    expect(textRecord(' 讨论 ', note)).toEqual({ ok: true, record: note('讨论') });
  });
});
