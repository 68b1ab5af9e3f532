import { describe, expect, it } from 'vitest';
import type { ConflictOfInterest } from '../../../shared/domain/conflict';
import {
  CONFLICT_PENALTY,
  suggestGroupForApplication,
  validateAssignments,
} from '../../../shared/office/assignment';
import type { Group } from '../../../shared/domain/group';
import { application, expert } from './office-fixtures';

const experts = [
  expert('e1', { name: '甲', industries: ['汽车'], fields: ['卓越绩效'] }),
  expert('e2', { name: '乙', industries: ['汽车零部件'] }),
  expert('e3', { name: '丙', fields: ['六西格玛'] }),
  expert('e4', { name: '丁', industries: ['纺织'] }),
  expert('e5', { name: '戊' }),
  expert('e6', { name: '己', industries: ['汽车'] }),
];
const groups: Group[] = [
  { id: 'g1', name: '第一组', leaderId: 'e4', memberIds: ['e5'] },
  { id: 'g2', name: '第二组', leaderId: 'e1', memberIds: ['e2', 'e3'] },
  { id: 'g3', name: '第三组', leaderId: 'e6', memberIds: [] },
];
// Industry 汽车 (+3 each), scope 1 keywords 卓越绩效/六西格玛 (+2 each).
const car = application('a1', { industry: '汽车', scope: 1 });
const conflict = (expertId: string): ConflictOfInterest => ({
  expertId,
  applicationId: 'a1',
  kind: 'same-organisation',
});

describe('validateAssignments', () => {
  it('accepts leaders and members who are experts, each in one group', () => {
    const assignments = [
      { roundId: 'r1', applicationId: 'a1', groupId: 'g1' },
      { roundId: 'r2', applicationId: 'a1', groupId: 'g2' },
    ];
    expect(validateAssignments({ groups, assignments, experts })).toEqual([]);
  });

  it('reports a missing or unregistered leader, unregistered members, a double seat', () => {
    const bad: Group[] = [
      { id: 'g1', name: '第一组', memberIds: ['e1'] },
      { id: 'g2', name: '第二组', leaderId: 'x1', memberIds: ['x2', 'e1'] },
    ];
    const problems = validateAssignments({ groups: bad, assignments: [], experts });
    expect(problems.map((p) => [p.code, p.groupId, p.expertId])).toEqual([
      ['no-leader', 'g1', undefined],
      ['leader-not-expert', 'g2', 'x1'],
      ['member-not-expert', 'g2', 'x2'],
      ['expert-in-two-groups', 'g2', 'e1'],
    ]);
  });

  it('reports an application given to two groups in one round, or to no such group', () => {
    const assignments = [
      { roundId: 'r1', applicationId: 'a1', groupId: 'g1' },
      { roundId: 'r1', applicationId: 'a1', groupId: 'g2' },
      { roundId: 'r1', applicationId: 'a2', groupId: 'g9' },
    ];
    const problems = validateAssignments({ groups, assignments, experts });
    expect(problems.map((p) => [p.code, p.applicationId])).toEqual([
      ['assigned-twice', 'a1'],
      ['unknown-group', 'a2'],
    ]);
  });
});

describe('suggestGroupForApplication', () => {
  it('ranks by summed match scores and says why', () => {
    const { suggested, excluded } = suggestGroupForApplication(car, groups, experts, []);
    // g2: 甲 3+2, 乙 3, 丙 2 = 10; g3: 己 3; g1: 0.
    expect(suggested.map((s) => [s.groupId, s.score])).toEqual([
      ['g2', 10],
      ['g3', 3],
      ['g1', 0],
    ]);
    expect(excluded).toEqual([]);
    expect(suggested[0]?.reasons[0]).toBe(
      '甲（+5）：行业相符：汽车（专家行业：汽车）；专业领域符合遴选范围（一）先进质量管理理念和方法：卓越绩效',
    );
    expect(suggested[2]?.reasons).toEqual(['组内专家与该申报经验的行业和专业领域均不相符']);
  });

  it('penalises a conflicted member instead of counting their match', () => {
    const { suggested } = suggestGroupForApplication(car, groups, experts, [conflict('e2')]);
    // g2: 甲 5 + 丙 2 − penalty for 乙.
    const g2 = suggested.find((s) => s.groupId === 'g2');
    expect(g2?.score).toBe(7 - CONFLICT_PENALTY);
    expect(g2?.conflictedExpertIds).toEqual(['e2']);
    expect(g2?.reasons).toContain(`乙须回避（与申报单位为同一单位），减 ${CONFLICT_PENALTY} 分`);
    expect(suggested.map((s) => s.groupId)).toEqual(['g3', 'g2', 'g1']);
  });

  it('does not suggest a group whose leader is in conflict', () => {
    const { suggested, excluded } = suggestGroupForApplication(car, groups, experts, [
      conflict('e1'),
    ]);
    expect(suggested.map((s) => s.groupId)).toEqual(['g3', 'g1']);
    expect(excluded).toEqual([{ groupId: 'g2', reasons: ['组长甲须回避'] }]);
  });

  it('does not suggest a group with more than half its members in conflict, but does at half', () => {
    const both = suggestGroupForApplication(car, groups, experts, [conflict('e2'), conflict('e3')]);
    expect(both.excluded).toEqual([
      { groupId: 'g2', reasons: ['2 名组员中 2 名须回避，超过半数'] },
    ]);
    const one = suggestGroupForApplication(car, groups, experts, [conflict('e3')]);
    expect(one.excluded).toEqual([]);
  });

  it('ignores conflicts with other applications and groups without a leader', () => {
    const other = { ...conflict('e1'), applicationId: 'a2' };
    const leaderless: Group[] = [{ id: 'g0', name: '筹备组', memberIds: ['e5'] }, ...groups];
    const { suggested, excluded } = suggestGroupForApplication(car, leaderless, experts, [other]);
    expect(suggested[0]?.groupId).toBe('g2');
    expect(excluded).toEqual([{ groupId: 'g0', reasons: ['筹备组尚未指定组长'] }]);
  });
});
