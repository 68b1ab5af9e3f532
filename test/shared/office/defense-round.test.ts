import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../shared/domain/rubric';
import { buildDefenseRound, type DefenseRoundInput } from '../../../shared/office/defense-round';
import type { OfficeRound } from '../../../shared/office/office-round';

const materialRound: OfficeRound = {
  round: {
    id: 'r1',
    year: 2021,
    kind: 'material',
    name: '2021年资料评审',
    rubric: defaultRubric('material'),
    status: 'closed',
    createdAt: '2021-07-01T09:00:00+08:00',
  },
  applicationIds: ['a1', 'a2', 'a3', 'a4'],
  materialIds: ['m1', 'm2', 'm3', 'm4', 'm5'],
};

const input: DefenseRoundInput = {
  materialRound,
  shortlist: ['a3', 'a1'],
  materials: [
    { id: 'm1', applicationId: 'a1' },
    { id: 'm2', applicationId: 'a1' },
    { id: 'm3', applicationId: 'a2' },
    { id: 'm4', applicationId: 'a3' },
    { id: 'm5', applicationId: 'a4' },
    // Received after the material round was sealed: not carried over by itself.
    { id: 'm6', applicationId: 'a3' },
  ],
  assignments: [
    { roundId: 'r1', applicationId: 'a1', groupId: 'g1' },
    { roundId: 'r1', applicationId: 'a2', groupId: 'g2' },
    { roundId: 'r1', applicationId: 'a3', groupId: 'g2' },
    { roundId: 'r0', applicationId: 'a1', groupId: 'g9' },
  ],
  id: 'r2',
  createdAt: '2021-08-01T09:00:00+08:00',
};

describe('buildDefenseRound', () => {
  it('carries over the shortlist, its materials and its groups into a draft defense round', () => {
    const defense = buildDefenseRound(input);
    expect(defense.round).toEqual({
      round: {
        id: 'r2',
        year: 2021,
        kind: 'defense',
        name: '2021年答辩评审',
        rubric: defaultRubric('defense'),
        status: 'draft',
        createdAt: '2021-08-01T09:00:00+08:00',
      },
      applicationIds: ['a1', 'a3'],
      materialIds: ['m1', 'm2', 'm4'],
    });
    expect(defense.assignments).toEqual([
      { roundId: 'r2', applicationId: 'a1', groupId: 'g1' },
      { roundId: 'r2', applicationId: 'a3', groupId: 'g2' },
    ]);
  });

  it('uses a given defense rubric and name', () => {
    const rubric = { ...defaultRubric('defense'), id: 'defense-2021', name: '答辩评分细则' };
    const defense = buildDefenseRound({ ...input, rubric, name: '答辩' });
    expect(defense.round.round.rubric.id).toBe('defense-2021');
    expect(defense.round.round.name).toBe('答辩');
  });

  it('refuses ids not in the material round, naming them', () => {
    expect(() => buildDefenseRound({ ...input, shortlist: ['a1', 'a9', 'a8'] })).toThrow(
      '以下申报经验不在资料评审 r1 中：a9、a8',
    );
  });

  it('refuses an empty or repeated shortlist', () => {
    expect(() => buildDefenseRound({ ...input, shortlist: [] })).toThrow('入围答辩名单为空');
    expect(() => buildDefenseRound({ ...input, shortlist: ['a1', 'a1'] })).toThrow(
      '入围答辩名单中有重复：a1',
    );
  });

  it('refuses a defense round as the source and a material rubric', () => {
    const notMaterial = {
      ...materialRound,
      round: { ...materialRound.round, kind: 'defense' as const },
    };
    expect(() => buildDefenseRound({ ...input, materialRound: notMaterial })).toThrow(
      /不是资料评审/,
    );
    expect(() => buildDefenseRound({ ...input, rubric: defaultRubric('material') })).toThrow(
      '答辩评审须使用答辩评审的评分细则',
    );
  });

  it('refuses a rubric that does not add up', () => {
    const rubric = defaultRubric('defense');
    const broken = { ...rubric, criteria: rubric.criteria.slice(1) };
    expect(() => buildDefenseRound({ ...input, rubric: broken })).toThrow(/评分细则不可用/);
  });
});
