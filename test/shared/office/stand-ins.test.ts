/** 代行组长 and 保密承诺 in the office record (issue 10, points 1 and 4). */
import { describe, expect, it } from 'vitest';
import {
  addConflict,
  addDefenseRound,
  addMaterialRound,
  assignApplication,
  clearStandIn,
  defaultUndertaking,
  emptyOfficeRecord,
  OfficeRecordSchema,
  registerExpert,
  sealingPlanForRound,
  setCommittee,
  setGroup,
  setRoundApplications,
  setRoundStatus,
  setStandIn,
  setUndertaking,
  standInNeeds,
  undertakingOf,
  upsertApplication,
  type OfficeRecord,
} from '../../../shared/office/office-record';
import { sealingRecipients } from '../../../shared/office/visibility';
import { application, card, expert } from './office-fixtures';

const createdAt = '2021-07-01T09:00:00+08:00';

/** Three applications in group g1 (leader L1, members M1–M3), L1 in conflict with a002. */
function conflictedLeader(): OfficeRecord {
  let c = emptyOfficeRecord(2021);
  for (const id of ['a001', 'a002', 'a003']) c = upsertApplication(c, application(id));
  for (const id of ['C', 'V', 'L1', 'M1', 'M2', 'M3', 'L2']) {
    c = registerExpert(c, expert(id, { name: id }), card(id, `FP-${id}`));
  }
  c = addMaterialRound(c, { id: 'r1', createdAt });
  c = setRoundApplications(c, 'r1', ['a001', 'a002', 'a003']);
  c = setCommittee(c, { chairId: 'C', viceChairId: 'V' });
  c = setGroup(c, { id: 'g1', name: '第一组', leaderId: 'L1', memberIds: ['M1', 'M2', 'M3'] });
  c = setGroup(c, { id: 'g2', name: '第二组', leaderId: 'L2', memberIds: [] });
  for (const id of ['a001', 'a002']) {
    c = assignApplication(c, { roundId: 'r1', applicationId: id, groupId: 'g1' });
  }
  c = assignApplication(c, { roundId: 'r1', applicationId: 'a003', groupId: 'g2' });
  c = addConflict(c, { expertId: 'L1', applicationId: 'a002', kind: 'relative' });
  return addConflict(c, { expertId: 'M1', applicationId: 'a002', kind: 'same-organisation' });
}

const valid = (c: OfficeRecord) => OfficeRecordSchema.safeParse(c).success;

describe('stand-ins', () => {
  it('lists the applications whose leader is in conflict, with whom to suggest', () => {
    const c = conflictedLeader();
    expect(standInNeeds(c, 'r1')).toEqual([
      {
        applicationId: 'a002',
        groupId: 'g1',
        leaderId: 'L1',
        problem: 'no-stand-in',
        eligibleIds: ['M2', 'M3'],
        suggestedId: 'M2',
      },
    ]);
  });

  it('designates an eligible member, which unblocks sealing, and clears it again', () => {
    let c = conflictedLeader();
    const blocked = sealingRecipients(sealingPlanForRound(c, 'r1')).problems;
    expect(blocked.map((p) => [p.code, p.applicationId])).toContainEqual(['no-stand-in', 'a002']);
    c = setStandIn(c, { roundId: 'r1', applicationId: 'a002', expertId: 'M3' });
    expect(valid(c)).toBe(true);
    expect(standInNeeds(c, 'r1')[0]).toMatchObject({ standInId: 'M3', suggestedId: 'M2' });
    expect(standInNeeds(c, 'r1')[0]!.problem).toBeUndefined();
    const codes = sealingRecipients(sealingPlanForRound(c, 'r1')).problems.map((p) => p.code);
    expect(codes).not.toContain('no-stand-in');
    expect(codes).toContain('leader-conflicted');
    // Designating again replaces; clearing removes; clearing twice is refused.
    c = setStandIn(c, { roundId: 'r1', applicationId: 'a002', expertId: 'M2' });
    expect(c.standIns).toEqual([{ roundId: 'r1', applicationId: 'a002', expertId: 'M2' }]);
    c = clearStandIn(c, 'r1', 'a002');
    expect(c.standIns).toEqual([]);
    expect(() => clearStandIn(c, 'r1', 'a002')).toThrow(
      expect.objectContaining({ code: 'stand-in-not-designated' }),
    );
  });

  it('refuses a member in conflict, a non-member, an application whose leader is free, or in no group', () => {
    const c = conflictedLeader();
    const set = (applicationId: string, expertId: string) => () =>
      setStandIn(c, { roundId: 'r1', applicationId, expertId });
    expect(set('a002', 'M1')).toThrow(
      expect.objectContaining({
        code: 'stand-in-not-eligible',
        params: expect.objectContaining({ reason: 'conflicted' }),
      }),
    );
    for (const outsider of ['L1', 'L2', 'C']) {
      expect(set('a002', outsider)).toThrow(
        expect.objectContaining({ params: expect.objectContaining({ reason: 'not-member' }) }),
      );
    }
    expect(set('a001', 'M2')).toThrow(expect.objectContaining({ code: 'stand-in-not-needed' }));
    const unassigned = assignApplication(c, {
      roundId: 'r1',
      applicationId: 'a002',
      groupId: null,
    });
    expect(() =>
      setStandIn(unassigned, { roundId: 'r1', applicationId: 'a002', expertId: 'M2' }),
    ).toThrow(expect.objectContaining({ code: 'stand-in-no-group' }));
    expect(set('a999', 'M2')).toThrow(
      expect.objectContaining({ code: 'application-not-in-round' }),
    );
  });

  it('reports a designation that no longer holds (the stand-in in conflict since)', () => {
    let c = setStandIn(conflictedLeader(), {
      roundId: 'r1',
      applicationId: 'a002',
      expertId: 'M2',
    });
    c = addConflict(c, { expertId: 'M2', applicationId: 'a002', kind: 'relative' });
    expect(standInNeeds(c, 'r1')[0]).toMatchObject({
      standInId: 'M2',
      problem: 'stand-in-conflicted',
      suggestedId: 'M3',
    });
  });

  it('carries over to the defense round with the shortlisted application and its group', () => {
    let c = setStandIn(conflictedLeader(), {
      roundId: 'r1',
      applicationId: 'a002',
      expertId: 'M2',
    });
    c = setRoundStatus(c, 'r1', 'open');
    c = addDefenseRound(c, {
      materialRoundId: 'r1',
      shortlist: ['a001', 'a002'],
      id: 'defense',
      createdAt,
    });
    expect(c.standIns).toEqual([
      { roundId: 'r1', applicationId: 'a002', expertId: 'M2' },
      { roundId: 'defense', applicationId: 'a002', expertId: 'M2' },
    ]);
    expect(valid(c)).toBe(true);
    expect(standInNeeds(c, 'defense')[0]).toMatchObject({ applicationId: 'a002', standInId: 'M2' });
  });

  it('leaves the round with its application', () => {
    let c = setStandIn(conflictedLeader(), {
      roundId: 'r1',
      applicationId: 'a002',
      expertId: 'M2',
    });
    c = setRoundApplications(c, 'r1', ['a001', 'a003']);
    expect(c.standIns).toEqual([]);
    expect(valid(c)).toBe(true);
  });

  it('is kept through sealing and refused once the round is closed', () => {
    let c = setRoundStatus(conflictedLeader(), 'r1', 'open');
    c = setStandIn(c, { roundId: 'r1', applicationId: 'a002', expertId: 'M2' });
    c = setRoundStatus(c, 'r1', 'closed');
    expect(() => clearStandIn(c, 'r1', 'a002')).toThrow(
      expect.objectContaining({ code: 'stand-in-round-closed' }),
    );
  });

  it('is refused by the record check when it names an unknown expert or is repeated', () => {
    const c = conflictedLeader();
    const twice = {
      ...c,
      standIns: [
        { roundId: 'r1', applicationId: 'a002', expertId: 'M2' },
        { roundId: 'r1', applicationId: 'a002', expertId: 'M3' },
      ],
    };
    expect(valid(twice)).toBe(false);
    expect(
      valid({ ...c, standIns: [{ roundId: 'r1', applicationId: 'a002', expertId: 'Z' }] }),
    ).toBe(false);
    expect(
      valid({ ...c, standIns: [{ roundId: 'r9', applicationId: 'a002', expertId: 'M2' }] }),
    ).toBe(false);
  });
});

describe('the undertaking', () => {
  it('defaults to the text drawn from Article 15, in the round’s name', () => {
    const c = conflictedLeader();
    const round = c.rounds[0]!;
    expect(undertakingOf(round)).toBe(defaultUndertaking(round.round));
    expect(undertakingOf(round)).toContain('第十五条');
    expect(undertakingOf(round)).toContain('2021年资料评审');
    expect(undertakingOf(round)).toContain('回避');
  });

  it('takes the office’s text, normalised, goes back to the default, and is refused empty or sealed', () => {
    let c = setUndertaking(conflictedLeader(), 'r1', '  第一条\r\n第二条 ');
    expect(c.rounds[0]!.undertaking).toBe('第一条\n第二条');
    expect(valid(c)).toBe(true);
    c = setUndertaking(c, 'r1', null);
    expect('undertaking' in c.rounds[0]!).toBe(false);
    expect(() => setUndertaking(c, 'r1', ' \n ')).toThrow(
      expect.objectContaining({ code: 'undertaking-empty' }),
    );
    expect(() => setUndertaking(c, 'r1', '字'.repeat(20_001))).toThrow(
      expect.objectContaining({ code: 'undertaking-too-long' }),
    );
    expect(() => setUndertaking(setRoundStatus(c, 'r1', 'open'), 'r1', '新')).toThrow(
      expect.objectContaining({ code: 'round-sealed' }),
    );
    expect(() => setUndertaking(c, 'r9', '新')).toThrow(
      expect.objectContaining({ code: 'round-not-found' }),
    );
  });
});
