import { describe, expect, it } from 'vitest';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { DeliberationRecordSchema } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../shared/merge/group-merge';
import { isAppError } from '../../../shared/errors';
import { declaredConflict, mergeInput, review, rubric, submission } from './merge-fixtures';

/** A01 scored by all five (e05 at 40); A02 by e01 and e02, e03 recused, e04 and e05 without a section. */
const merge = mergeGroup(
  mergeInput([
    submission('e01', 1, {
      A01: review([12, 12, 12, 12, 16, 16]),
      A02: review([10, 10, 10, 10, 14, 14]),
    }),
    submission('e02', 1, {
      A01: review([13, 13, 13, 13, 18, 18]),
      A02: review([10, 10, 10, 10, 15, 15]),
    }),
    submission('e03', 1, {
      A01: review([11, 11, 11, 11, 14, 14]),
      A02: declaredConflict('e03', 'A02'),
    }),
    submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
    submission('e05', 1, { A01: review([6, 6, 6, 6, 8, 8]) }),
  ]),
);

const summarise = (records: DeliberationRecord[]) =>
  deliberationSummary({ merge, rubric, roundKind: 'material', records });

function refusal(records: DeliberationRecord[]): { code: string; params: unknown } {
  try {
    summarise(records);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('not refused');
}

const open = (
  applicationId: string,
  ballotNo: number,
  votes: Record<string, 'for' | 'against' | 'abstain'>,
  proposal: 'enter-defense' | 'not-enter-defense' = 'enter-defense',
): DeliberationRecord => ({
  kind: 'ballot',
  applicationId,
  ballotNo,
  proposal,
  ballot: {
    mode: 'open',
    votes: Object.entries(votes).map(([expertId, vote]) => ({ expertId, vote })),
  },
});

describe('deliberationSummary', () => {
  it('keeps the submitted score and the changed one, with the reason', () => {
    const change: DeliberationRecord = {
      kind: 'score-change',
      applicationId: 'A01',
      expertId: 'e05',
      partId: 'c1p1',
      from: 6,
      to: 12,
      reason: { code: 'summation-error' },
    };
    const [a01] = summarise([change]);
    expect(a01!.deliberatedScores).toEqual([
      { expertId: 'e05', partScores: expect.objectContaining({ c1p1: 12 }), total: 46 },
    ]);
    expect(merge.applications[0]!.rows.find((r) => r.expertId === 'e05')!.total).toBe(40);
    expect(a01!.scoreChanges).toEqual([change]);
    expect(refusal([{ ...change, from: 7 }])).toEqual({
      code: 'merge-records-invalid',
      params: { record: 1 },
    });
    expect(refusal([change, { ...change, from: 6, to: 13 }]).params).toEqual({ record: 2 });
    expect(refusal([{ ...change, to: 16 }]).code).toBe('merge-records-invalid');
    expect(
      DeliberationRecordSchema.safeParse({ ...change, reason: { code: 'other' } }).success,
    ).toBe(false);
    expect(
      DeliberationRecordSchema.safeParse({
        ...change,
        reason: { code: 'other', text: '漏计加分项' },
      }).success,
    ).toBe(true);
  });

  it('records a deviating expert’s explanation only for a flagged score', () => {
    const explanation: DeliberationRecord = {
      kind: 'deviation-explanation',
      applicationId: 'A01',
      expertId: 'e05',
      scope: 'total',
      text: '该单位数据口径不一致，故从严评分。',
    };
    expect(summarise([explanation])[0]!.explanations).toEqual([explanation]);
    expect(refusal([{ ...explanation, expertId: 'e01' }]).code).toBe('merge-records-invalid');
  });

  it('counts every open ballot round, and takes the decision of the last one passed', () => {
    const rounds = [
      open('A01', 1, { e01: 'for', e02: 'for', e03: 'for', e04: 'against', e05: 'against' }),
      open('A01', 2, { e01: 'for', e02: 'for', e03: 'for', e04: 'for', e05: 'against' }),
    ];
    const dissent: DeliberationRecord = {
      kind: 'dissent',
      applicationId: 'A01',
      expertId: 'e05',
      reasons: '示范性不足。',
    };
    const decision: DeliberationRecord = {
      kind: 'decision',
      applicationId: 'A01',
      decision: 'enter-defense',
    };
    const [a01] = summarise([...rounds, dissent, decision]);
    expect(
      a01!.ballots.map((b) => [b.outcome.outcome, b.outcome.forCount, b.outcome.requiredFor]),
    ).toEqual([
      ['rejected', 3, 4],
      ['passed', 4, 4],
    ]);
    expect(a01!.decision).toBe('enter-defense');
    expect(a01!.dissents).toEqual([dissent]);
    expect(refusal([rounds[0]!, decision])).toEqual({
      code: 'merge-decision-not-voted',
      params: { applicationId: 'A01' },
    });
    expect(refusal([...rounds, { ...decision, decision: 'not-enter-defense' }]).code).toBe(
      'merge-decision-not-voted',
    );
    expect(refusal([rounds[1]!]).params).toEqual({ record: 1 });
    expect(refusal([{ ...decision, decision: 'recommend' }]).code).toBe('merge-records-invalid');
  });

  it('counts a secret ballot from its counts, and refuses more ballots than voters', () => {
    const secret = (f: number, a: number, x: number): DeliberationRecord => ({
      kind: 'ballot',
      applicationId: 'A01',
      ballotNo: 1,
      proposal: 'enter-defense',
      ballot: { mode: 'secret', counts: { for: f, against: a, abstain: x } },
    });
    expect(summarise([secret(2, 2, 0)])[0]!.ballots[0]!.outcome).toMatchObject({
      outcome: 'rejected',
      present: 4,
      forCount: 2,
      requiredPresent: 4,
    });
    expect(summarise([secret(3, 0, 0)])[0]!.ballots[0]!.outcome.outcome).toBe('no-quorum');
    expect(summarise([secret(4, 0, 1)])[0]!.ballots[0]!.outcome.outcome).toBe('passed');
    expect(refusal([secret(4, 1, 1)]).code).toBe('merge-records-invalid');
  });

  it('counts the quorum over the rest when a member drops out, and refuses their vote', () => {
    const dropOut: DeliberationRecord = {
      kind: 'absence',
      applicationId: 'A01',
      expertId: 'e04',
      cause: 'dropped-out',
      reason: '因病退出合议。',
    };
    const [a01] = summarise([dropOut, open('A01', 1, { e01: 'for', e02: 'for', e03: 'for' })]);
    expect(a01!.eligibleVoters).toEqual(['e01', 'e02', 'e03', 'e05']);
    expect(a01!.ballots[0]!.outcome).toMatchObject({ outcome: 'passed', requiredPresent: 3 });
    expect(refusal([dropOut, open('A01', 1, { e04: 'for', e01: 'for', e02: 'for' })])).toEqual({
      code: 'merge-records-invalid',
      params: { record: 2 },
    });
  });

  it('counts a member the office recused (no section) out of the quorum, once recorded', () => {
    const recused: DeliberationRecord = {
      kind: 'absence',
      applicationId: 'A02',
      expertId: 'e04',
      cause: 'recused-by-office',
      reason: '该专家与申报单位存在办公室登记的回避情形。',
    };
    expect(summarise([recused])[1]!.eligibleVoters).toEqual(['e01', 'e02', 'e05']);
    expect(refusal([{ ...recused, applicationId: 'A01' }]).code).toBe('merge-records-invalid');
  });

  it('skips the discussion when every member not recused marked it, the office-recused aside', () => {
    const marked = mergeGroup(
      mergeInput(
        [
          submission('e01', 1, {
            A02: review([10, 10, 10, 10, 15, 15], { noDiscussionNeeded: true }),
          }),
          submission('e02', 1, {
            A02: review([11, 11, 11, 11, 15, 15], { noDiscussionNeeded: true }),
          }),
          submission('e03', 1, { A02: declaredConflict('e03', 'A02') }),
          submission('e04', 1, {}),
          submission('e05', 1, {
            A02: review([12, 12, 12, 12, 15, 15], { noDiscussionNeeded: true }),
          }),
        ],
        { applications: [{ applicationId: 'A02', chairRole: 'leader' }] },
      ),
    );
    const skip: DeliberationRecord = { kind: 'skip-discussion', applicationId: 'A02' };
    const recused: DeliberationRecord = {
      kind: 'absence',
      applicationId: 'A02',
      expertId: 'e04',
      cause: 'recused-by-office',
      reason: '办公室登记的回避情形。',
    };
    const run = (records: DeliberationRecord[]) =>
      deliberationSummary({ merge: marked, rubric, roundKind: 'material', records });
    expect(run([recused, skip])[0]!.discussionSkipped).toBe(true);
    expect(() => run([skip])).toThrow(expect.objectContaining({ code: 'merge-skip-not-allowed' }));
  });

  it('keeps recused members out of the vote on their application', () => {
    expect(refusal([open('A02', 1, { e01: 'for', e03: 'for' })]).code).toBe(
      'merge-records-invalid',
    );
    expect(summarise([])[1]!.eligibleVoters).toEqual(['e01', 'e02', 'e04', 'e05']);
  });

  it('needs a recorded reason to go on without a missing review, and every mark to skip', () => {
    const decision: DeliberationRecord = {
      kind: 'decision',
      applicationId: 'A02',
      decision: 'not-enter-defense',
    };
    expect(refusal([decision])).toEqual({
      code: 'merge-absence-unexplained',
      params: { applicationId: 'A02', expertId: 'e04' },
    });
    const absences: DeliberationRecord[] = ['e04', 'e05'].map((expertId) => ({
      kind: 'absence',
      applicationId: 'A02',
      expertId,
      cause: 'missing-review',
      reason: '办公室记录的回避。',
    }));
    expect(summarise([...absences, decision])[1]!.decision).toBe('not-enter-defense');
    expect(refusal([{ kind: 'skip-discussion', applicationId: 'A02' }])).toEqual({
      code: 'merge-skip-not-allowed',
      params: { applicationId: 'A02' },
    });
    expect(refusal([{ kind: 'discussion-note', applicationId: 'A09', text: '无' }]).code).toBe(
      'merge-records-invalid',
    );
  });
});
