/**
 * The reader rule (issue 10, point 4), every conflict combination: who besides the office may
 * read an application's reviews, and what stops the rule.
 */
import { describe, expect, it } from 'vitest';
import {
  leaderInConflict,
  reviewReaders,
  standInProblem,
  suggestStandIn,
  type ReviewReadersInput,
} from '../../../shared/domain/review-readers';

const base: ReviewReadersInput = {
  applicationId: 'a1',
  group: { leaderId: 'L', memberIds: ['M1', 'M2', 'M3'] },
  committee: { chairId: 'C', viceChairId: 'V' },
  conflicts: [],
};
const conflicted = (...expertIds: string[]) =>
  expertIds.map((expertId) => ({ expertId, applicationId: 'a1' }));
const readersOf = (input: ReviewReadersInput) =>
  reviewReaders(input).readers.map((r) => [r.expertId, ...r.roles]);
const problemsOf = (input: ReviewReadersInput) =>
  reviewReaders(input).problems.map((p) => [p.code, p.expertId]);

describe('reviewReaders', () => {
  it('gives the leader, the chair and the vice-chair when nobody is in conflict', () => {
    expect(readersOf(base)).toEqual([
      ['L', 'leader'],
      ['C', 'chair'],
      ['V', 'vice-chair'],
    ]);
    expect(problemsOf(base)).toEqual([]);
  });

  it('ignores a stand-in designated while the leader is not in conflict', () => {
    expect(readersOf({ ...base, standInId: 'M1' })).toEqual(readersOf(base));
  });

  it('gives the stand-in in place of a conflicted leader', () => {
    const input = { ...base, conflicts: conflicted('L'), standInId: 'M2' };
    expect(readersOf(input)).toEqual([
      ['M2', 'stand-in'],
      ['C', 'chair'],
      ['V', 'vice-chair'],
    ]);
    expect(problemsOf(input)).toEqual([]);
  });

  it('refuses a conflicted leader without a stand-in, the chair and vice-chair still reading', () => {
    const input = { ...base, conflicts: conflicted('L') };
    expect(readersOf(input)).toEqual([
      ['C', 'chair'],
      ['V', 'vice-chair'],
    ]);
    expect(problemsOf(input)).toEqual([['no-stand-in', undefined]]);
  });

  it('refuses a stand-in in conflict too, and one who is not a member (the leader included)', () => {
    const both = { ...base, conflicts: conflicted('L', 'M1'), standInId: 'M1' };
    expect(problemsOf(both)).toEqual([['stand-in-conflicted', 'M1']]);
    expect(readersOf(both).map((r) => r[0])).toEqual(['C', 'V']);
    for (const standInId of ['X', 'L', 'C']) {
      const outsider = { ...base, conflicts: conflicted('L'), standInId };
      expect(problemsOf(outsider)).toEqual([['stand-in-not-member', standInId]]);
    }
  });

  it('leaves out a conflicted chair, and a conflicted vice-chair', () => {
    expect(readersOf({ ...base, conflicts: conflicted('C') })).toEqual([
      ['L', 'leader'],
      ['V', 'vice-chair'],
    ]);
    expect(readersOf({ ...base, conflicts: conflicted('V') })).toEqual([
      ['L', 'leader'],
      ['C', 'chair'],
    ]);
    const both = { ...base, conflicts: conflicted('C', 'V') };
    expect(readersOf(both)).toEqual([['L', 'leader']]);
    expect(problemsOf(both)).toEqual([]);
  });

  it('leaves the stand-in alone when leader, chair and vice-chair are all in conflict', () => {
    const input = { ...base, conflicts: conflicted('L', 'C', 'V'), standInId: 'M3' };
    expect(readersOf(input)).toEqual([['M3', 'stand-in']]);
    expect(problemsOf(input)).toEqual([]);
  });

  it('refuses reviews nobody but the office could read', () => {
    const none = { ...base, conflicts: conflicted('L', 'C', 'V') };
    expect(readersOf(none)).toEqual([]);
    expect(problemsOf(none)).toEqual([
      ['no-stand-in', undefined],
      ['office-only', undefined],
    ]);
    const badStandIn = { ...none, conflicts: conflicted('L', 'C', 'V', 'M1'), standInId: 'M1' };
    expect(problemsOf(badStandIn)).toEqual([
      ['stand-in-conflicted', 'M1'],
      ['office-only', undefined],
    ]);
  });

  it('names a person once with every capacity: a chair who leads the group', () => {
    const chairLeads = { ...base, group: { leaderId: 'C', memberIds: ['M1'] } };
    expect(readersOf(chairLeads)).toEqual([
      ['C', 'leader', 'chair'],
      ['V', 'vice-chair'],
    ]);
    const conflictedChair = { ...chairLeads, conflicts: conflicted('C'), standInId: 'M1' };
    expect(readersOf(conflictedChair)).toEqual([
      ['M1', 'stand-in'],
      ['V', 'vice-chair'],
    ]);
  });

  it('counts only conflicts with this application', () => {
    const other = { ...base, conflicts: [{ expertId: 'L', applicationId: 'a2' }] };
    expect(readersOf(other)[0]).toEqual(['L', 'leader']);
    expect(leaderInConflict(other)).toBe(false);
  });

  it('reads no leader for an application in no group, and one without a vice-chair', () => {
    const input = { ...base, group: undefined, committee: { chairId: 'C' } };
    expect(readersOf(input)).toEqual([['C', 'chair']]);
    expect(problemsOf(input)).toEqual([]);
  });
});

describe('standInProblem and suggestStandIn', () => {
  const facts = { applicationId: 'a1', group: base.group, conflicts: conflicted('L', 'M1') };

  it('allows only members of the group not in conflict', () => {
    expect(standInProblem(facts, 'M2')).toBeUndefined();
    expect(standInProblem(facts, 'M1')).toBe('stand-in-conflicted');
    expect(standInProblem(facts, 'L')).toBe('stand-in-not-member');
    expect(standInProblem({ ...facts, group: undefined }, 'M2')).toBe('stand-in-not-member');
  });

  it('suggests the eligible member standing in least, in the group’s order on a tie', () => {
    expect(suggestStandIn(facts)).toBe('M2');
    expect(
      suggestStandIn(
        facts,
        new Map([
          ['M2', 2],
          ['M3', 1],
        ]),
      ),
    ).toBe('M3');
    expect(suggestStandIn({ ...facts, conflicts: conflicted('L', 'M1', 'M2', 'M3') })).toBe(
      undefined,
    );
  });
});
