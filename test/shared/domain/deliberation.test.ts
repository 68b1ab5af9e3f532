import { describe, expect, it } from 'vitest';
import {
  DeliberationSchema,
  deliberationOutcome,
  groupVoteOutcome,
  type Vote,
  type VoteChoice,
} from '../../../shared/domain/deliberation';
import { AppError } from '../../../shared/errors';

/** Votes by e1, e2, … in the order given. */
function votes(...choices: VoteChoice[]): Vote[] {
  return choices.map((vote, i) => ({ expertId: `e${i + 1}`, vote }));
}

describe('deliberationOutcome', () => {
  it('needs two thirds of the members present: 5 of 7 (⌈14/3⌉ = 5)', () => {
    const four = deliberationOutcome(votes('for', 'for', 'for', 'for'), 7);
    expect(four).toMatchObject({ outcome: 'no-quorum', present: 4, requiredPresent: 5 });
    const five = deliberationOutcome(votes('for', 'for', 'for', 'for', 'against'), 7);
    expect(five).toMatchObject({ outcome: 'passed', present: 5, requiredPresent: 5 });
  });

  it('passes with two thirds of those present in favour: 4 of 5 (⌈10/3⌉ = 4)', () => {
    const result = deliberationOutcome(votes('for', 'for', 'for', 'for', 'against'), 7);
    expect(result).toEqual({
      outcome: 'passed',
      present: 5,
      requiredPresent: 5,
      forCount: 4,
      againstCount: 1,
      abstainCount: 0,
      requiredFor: 4,
    });
  });

  it('counts an abstention as present and not in favour: 3 for of 5 fails', () => {
    const result = deliberationOutcome(votes('for', 'for', 'for', 'against', 'abstain'), 7);
    expect(result).toMatchObject({
      outcome: 'rejected',
      forCount: 3,
      againstCount: 1,
      abstainCount: 1,
      requiredFor: 4,
    });
  });

  it('treats exactly two thirds as enough (三分之二以上 includes it): 4 of 6', () => {
    const result = deliberationOutcome(votes('for', 'for', 'for', 'for', 'against', 'against'), 6);
    expect(result).toMatchObject({ outcome: 'passed', requiredPresent: 4, requiredFor: 4 });
  });

  it('works for a group of three: 2 present, 2 for', () => {
    expect(deliberationOutcome(votes('for', 'for'), 3).outcome).toBe('passed');
    expect(deliberationOutcome(votes('for', 'abstain'), 3).outcome).toBe('rejected');
    expect(deliberationOutcome(votes('for'), 3).outcome).toBe('no-quorum');
    expect(deliberationOutcome([], 3).outcome).toBe('no-quorum');
  });

  it('takes another rule: half present, simple majority', () => {
    const half = { numerator: 1, denominator: 2 };
    const rule = { quorum: half, pass: { numerator: 1, denominator: 2 } };
    // 4 members: ⌈4/2⌉ = 2 present needed; 2 present: ⌈2/2⌉ = 1 for needed.
    expect(deliberationOutcome(votes('for', 'against'), 4, rule)).toMatchObject({
      outcome: 'passed',
      requiredPresent: 2,
      requiredFor: 1,
    });
  });

  it('refuses repeated voters, more votes than members and bad rules', () => {
    const twice = [
      { expertId: 'e1', vote: 'for' as const },
      { expertId: 'e1', vote: 'against' as const },
    ];
    expect(() => deliberationOutcome(twice, 5)).toThrow('每位专家只能表决一次');
    expect(() => deliberationOutcome(votes('for', 'for', 'for'), 2)).toThrow(RangeError);
    expect(() => deliberationOutcome([], 0)).toThrow(RangeError);
    const bad = {
      quorum: { numerator: 3, denominator: 2 },
      pass: { numerator: 2, denominator: 3 },
    };
    expect(() => deliberationOutcome([], 3, bad)).toThrow(RangeError);
  });
});

describe('groupVoteOutcome', () => {
  // Leader e1 and members e2…e7: seven who may vote.
  const group = { leaderId: 'e1', memberIds: ['e2', 'e3', 'e4', 'e5', 'e6', 'e7'] };

  it("counts the group's leader and members as its voters", () => {
    const result = groupVoteOutcome(group, votes('for', 'for', 'for', 'for', 'against'));
    expect(result).toEqual(deliberationOutcome(votes('for', 'for', 'for', 'for', 'against'), 7));
  });

  it('leaves the recused and the dropped out out of the quorum: 4 of 5 is enough', () => {
    const four = votes('for', 'for', 'for', 'against');
    expect(groupVoteOutcome(group, four).outcome).toBe('no-quorum');
    expect(groupVoteOutcome(group, four, ['e6', 'e7'])).toMatchObject({
      outcome: 'passed',
      requiredPresent: 4,
      requiredFor: 3,
    });
  });

  it('refuses a ballot from outside the group or from someone recused', () => {
    expect(() => groupVoteOutcome(group, [{ expertId: 'e9', vote: 'for' }])).toThrow('e9');
    expect(() => groupVoteOutcome(group, votes('for', 'for', 'for'), ['e3'])).toThrow('e3');
  });

  it('refuses with a typed error naming the expert, in either language', () => {
    const outsider = () => groupVoteOutcome(group, [{ expertId: 'e9', vote: 'for' }]);
    expect(outsider).toThrow(AppError);
    expect(outsider).toThrow(
      expect.objectContaining({ code: 'voter-not-eligible', params: { expertId: 'e9' } }),
    );
    const twice = () =>
      groupVoteOutcome(group, [...votes('for', 'for'), { expertId: 'e2', vote: 'against' }]);
    expect(twice).toThrow(
      expect.objectContaining({ code: 'vote-repeated', params: { expertId: 'e2' } }),
    );
    expect(twice).toThrow('Each expert votes once: expert e2 voted more than once.');
  });

  it('takes the rule of the round', () => {
    const half = { numerator: 1, denominator: 2 };
    const leaderless = { memberIds: ['e1', 'e2', 'e3', 'e4'] };
    expect(
      groupVoteOutcome(leaderless, votes('for', 'against'), [], { quorum: half, pass: half }),
    ).toMatchObject({ outcome: 'passed', requiredPresent: 2, requiredFor: 1 });
  });
});

describe('DeliberationSchema', () => {
  const deliberation = {
    groupId: 'g1',
    applicationId: 'a1',
    roundId: 'r1',
    notes: '讨论了数据口径。',
    consensusComment: '经验成熟，建议进入答辩。',
    consensusScore: 86.5,
    decision: 'enter-defense' as const,
    votes: votes('for', 'for', 'abstain'),
  };

  it('accepts a deliberation with votes and an optional consensus score', () => {
    expect(DeliberationSchema.parse(deliberation)).toEqual(deliberation);
    const { consensusScore: _score, ...withoutScore } = deliberation;
    expect(DeliberationSchema.parse(withoutScore)).toEqual(withoutScore);
  });

  it('rejects an expert voting twice and an unknown decision', () => {
    const twice = {
      ...deliberation,
      votes: [...deliberation.votes, { expertId: 'e1', vote: 'for' }],
    };
    expect(DeliberationSchema.safeParse(twice).success).toBe(false);
    expect(DeliberationSchema.safeParse({ ...deliberation, decision: 'maybe' }).success).toBe(
      false,
    );
  });
});
