import { describe, expect, it } from 'vitest';
import type { Group } from '../../../shared/domain/group';
import { AssignmentSchema, groupsInRound } from '../../../shared/domain/group-in-round';

const groups: Group[] = [
  { id: 'g1', name: '第一组', leaderId: 'e1', memberIds: ['e2'] },
  { id: 'g2', name: '第二组', memberIds: ['e3'] },
  { id: 'g3', name: '第三组', leaderId: 'e4', memberIds: [] },
];
const round = { id: 'material', applicationIds: ['a1', 'a2', 'a3', 'a4'] };

describe('groupsInRound', () => {
  it("gives each group the round's applications assigned to it, in the round's order", () => {
    const assignments = [
      { roundId: 'material', applicationId: 'a3', groupId: 'g1' },
      { roundId: 'material', applicationId: 'a1', groupId: 'g1' },
      { roundId: 'material', applicationId: 'a2', groupId: 'g2' },
    ];
    expect(groupsInRound(groups, round, assignments)).toEqual([
      { ...groups[0], applicationIds: ['a1', 'a3'] },
      { ...groups[1], applicationIds: ['a2'] },
      { ...groups[2], applicationIds: [] },
    ]);
  });

  it('leaves out assignments of another round and applications outside the round', () => {
    const assignments = [
      { roundId: 'defense', applicationId: 'a1', groupId: 'g1' },
      { roundId: 'material', applicationId: 'a9', groupId: 'g1' },
      { roundId: 'material', applicationId: 'a4', groupId: 'g9' },
    ];
    expect(groupsInRound(groups, round, assignments).map((g) => g.applicationIds)).toEqual([
      [],
      [],
      [],
    ]);
  });

  it('lists an application assigned to two groups under both, for sealing to report', () => {
    const assignments = [
      { roundId: 'material', applicationId: 'a2', groupId: 'g1' },
      { roundId: 'material', applicationId: 'a2', groupId: 'g3' },
    ];
    const inRound = groupsInRound(groups, round, assignments);
    expect(inRound.map((g) => [g.id, g.applicationIds])).toEqual([
      ['g1', ['a2']],
      ['g2', []],
      ['g3', ['a2']],
    ]);
  });
});

describe('AssignmentSchema', () => {
  it('takes a round, an application and a group, each named', () => {
    const assignment = { roundId: 'material', applicationId: 'a1', groupId: 'g1' };
    expect(AssignmentSchema.parse(assignment)).toEqual(assignment);
    expect(AssignmentSchema.safeParse({ ...assignment, groupId: '' }).success).toBe(false);
  });
});
