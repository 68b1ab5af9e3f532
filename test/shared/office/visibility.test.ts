import { describe, expect, it } from 'vitest';
import {
  sealingRecipients,
  seatsOf,
  visibleApplications,
  visibleGroups,
  type SealingExpert,
  type SealingPlan,
} from '../../../shared/office/visibility';

const registered = (id: string): SealingExpert => ({
  id,
  name: id,
  keyFingerprint: `FP-${id}`,
  card: { fingerprint: `FP-${id}` },
});

const plan: SealingPlan = {
  applicationIds: ['a1', 'a2', 'a3', 'a4', 'a5'],
  groups: [
    {
      id: 'g1',
      name: '第一组',
      leaderId: 'L1',
      memberIds: ['M1', 'M2'],
      applicationIds: ['a1', 'a2'],
    },
    { id: 'g2', name: '第二组', leaderId: 'L2', memberIds: ['M3'], applicationIds: ['a3', 'a4'] },
  ],
  committee: { chairId: 'C', viceChairId: 'V' },
  conflicts: [
    { expertId: 'M1', applicationId: 'a1' },
    { expertId: 'L1', applicationId: 'a2' },
    { expertId: 'C', applicationId: 'a3' },
    { expertId: 'V', applicationId: 'a5' },
    { expertId: 'M3', applicationId: 'a9' },
  ],
  experts: ['C', 'V', 'L1', 'M1', 'M2', 'L2', 'M3'].map(registered),
};

describe('visibleApplications', () => {
  it("gives members their group's applications minus their conflicts", () => {
    expect(visibleApplications('M1', plan)).toEqual(['a2']);
    expect(visibleApplications('M2', plan)).toEqual(['a1', 'a2']);
    expect(visibleApplications('M3', plan)).toEqual(['a3', 'a4']);
  });

  it('removes a conflicted application from the leader of its group', () => {
    expect(visibleApplications('L1', plan)).toEqual(['a1']);
    expect(visibleApplications('L2', plan)).toEqual(['a3', 'a4']);
  });

  it('gives the chair and vice-chair every application of the round minus their conflicts', () => {
    expect(visibleApplications('C', plan)).toEqual(['a1', 'a2', 'a4', 'a5']);
    expect(visibleApplications('V', plan)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('keeps the conflict exclusion for a chair who also leads a group', () => {
    const chairLeads: SealingPlan = {
      ...plan,
      groups: [{ ...plan.groups[0]!, leaderId: 'C' }, plan.groups[1]!],
      conflicts: [{ expertId: 'C', applicationId: 'a1' }],
    };
    expect(seatsOf('C', chairLeads)).toEqual([
      { role: 'chair' },
      { role: 'leader', groupId: 'g1' },
    ]);
    expect(visibleApplications('C', chairLeads)).toEqual(['a2', 'a3', 'a4', 'a5']);
  });

  it('gives nothing to someone without a seat and nothing outside the round', () => {
    expect(visibleApplications('X', plan)).toEqual([]);
    const stray: SealingPlan = {
      ...plan,
      groups: [{ ...plan.groups[0]!, applicationIds: ['a1', 'a2', 'a9'] }],
    };
    expect(visibleApplications('M2', stray)).toEqual(['a1', 'a2']);
  });

  it('never shows a conflicted application to anyone, over many generated plans', () => {
    let seed = 20210625;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat with a short period.
      return Math.floor(seed / 65536) % n;
    };
    const people = ['C', 'V', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
    const apps = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    let withheld = 0;
    for (let round = 0; round < 300; round++) {
      const pick = () => people[2 + random(people.length - 2)]!;
      const generated: SealingPlan = {
        applicationIds: apps,
        groups: [0, 1].map((g) => ({
          id: `g${g}`,
          name: `g${g}`,
          leaderId: random(4) === 0 ? 'C' : pick(),
          memberIds: [pick(), pick()].filter((p, i, all) => all.indexOf(p) === i),
          applicationIds: apps.filter(() => random(2) === 0),
        })),
        committee: { chairId: 'C', viceChairId: 'V' },
        conflicts: people.flatMap((expertId) =>
          apps.filter(() => random(3) === 0).map((applicationId) => ({ expertId, applicationId })),
        ),
        experts: people.map(registered),
      };
      const { recipients } = sealingRecipients(generated);
      for (const expertId of people) {
        const visible = visibleApplications(expertId, generated);
        const conflicted = generated.conflicts.filter((c) => c.expertId === expertId);
        for (const c of conflicted) expect(visible).not.toContain(c.applicationId);
        const unfiltered = visibleApplications(expertId, { ...generated, conflicts: [] });
        withheld += conflicted.filter((c) => unfiltered.includes(c.applicationId)).length;
        const packaged = recipients.find((r) => r.expertId === expertId)?.applicationIds ?? [];
        for (const c of conflicted) expect(packaged).not.toContain(c.applicationId);
        if (expertId !== 'C' && expertId !== 'V') {
          const own = generated.groups.filter(
            (g) => g.leaderId === expertId || g.memberIds.includes(expertId),
          );
          const assigned = own.flatMap((g) => g.applicationIds);
          for (const id of visible) expect(assigned).toContain(id);
        }
      }
    }
    // The plans are varied enough that the exclusion is exercised often.
    expect(withheld).toBeGreaterThan(300);
  });
});

describe('visibleGroups', () => {
  it("describes a member's own group without the applications they are in conflict with", () => {
    expect(visibleGroups('M1', plan)).toEqual([{ ...plan.groups[0], applicationIds: ['a2'] }]);
    expect(visibleGroups('L1', plan).map((g) => g.applicationIds)).toEqual([['a1']]);
  });

  it('describes every group to the chair, still without their conflicts', () => {
    expect(visibleGroups('C', plan).map((g) => [g.id, g.applicationIds])).toEqual([
      ['g1', ['a1', 'a2']],
      ['g2', ['a4']],
    ]);
    expect(visibleGroups('X', plan)).toEqual([]);
  });
});

describe('sealingRecipients', () => {
  it('lists the chair, vice-chair, then each group leader first, with their applications', () => {
    const { recipients } = sealingRecipients(plan);
    expect(recipients.map((r) => [r.expertId, r.applicationIds])).toEqual([
      ['C', ['a1', 'a2', 'a4', 'a5']],
      ['V', ['a1', 'a2', 'a3', 'a4']],
      ['L1', ['a1']],
      ['M1', ['a2']],
      ['M2', ['a1', 'a2']],
      ['L2', ['a3', 'a4']],
      ['M3', ['a3', 'a4']],
    ]);
    expect(recipients[2]?.seats).toEqual([{ role: 'leader', groupId: 'g1' }]);
  });

  it('reports the unassigned application and the conflicted leader with no stand-in', () => {
    const { problems } = sealingRecipients(plan);
    expect(problems.map((p) => [p.code, p.applicationId, p.expertId])).toEqual([
      ['no-stand-in', 'a2', undefined],
      ['unassigned-application', 'a5', undefined],
      // The chair is in conflict with a3, the vice-chair with a5: nobody signs the round whole.
      ['committee-signers-conflicted', undefined, undefined],
    ]);
    expect(problems[0]!.message).toBe('申报经验 a2的组长须回避，尚未指定代行组长');
  });

  it('notes the stand-in who reads in place of a conflicted leader, naming the application', () => {
    const designated: SealingPlan = {
      ...plan,
      standIns: new Map([['a2', 'M2']]),
      applicationNos: new Map([['a2', 'ZL-002']]),
    };
    const { problems } = sealingRecipients(designated);
    expect(problems.map((p) => [p.code, p.applicationId, p.expertId])).toEqual([
      ['leader-conflicted', 'a2', 'L1'],
      ['unassigned-application', 'a5', undefined],
      ['committee-signers-conflicted', undefined, undefined],
    ]);
    expect(problems[0]!.message).toBe('第一组的组长须回避申报经验 ZL-002（a2），由 M2 代行组长');
  });

  it('refuses a stand-in who is in conflict too, or not a member of the group', () => {
    const conflicted: SealingPlan = { ...plan, standIns: new Map([['a2', 'M1']]) };
    const withConflict = {
      ...conflicted,
      conflicts: [...plan.conflicts, { expertId: 'M1', applicationId: 'a2' }],
    };
    expect(sealingRecipients(withConflict).problems[0]!.code).toBe('stand-in-conflicted');
    const outsider: SealingPlan = { ...plan, standIns: new Map([['a2', 'M3']]) };
    expect(sealingRecipients(outsider).problems[0]).toMatchObject({
      code: 'stand-in-not-member',
      applicationId: 'a2',
      message: '申报经验 a2指定的代行组长 M3 不是该专业组的组员',
    });
  });

  it('refuses an application nobody but the office could read', () => {
    const nobody: SealingPlan = {
      ...plan,
      standIns: new Map([['a2', 'M2']]),
      conflicts: [
        ...plan.conflicts,
        { expertId: 'M2', applicationId: 'a2' },
        { expertId: 'C', applicationId: 'a2' },
        { expertId: 'V', applicationId: 'a2' },
      ],
    };
    const codes = sealingRecipients(nobody).problems.filter((p) => p.applicationId === 'a2');
    expect(codes.map((p) => p.code)).toEqual(['stand-in-conflicted', 'office-only']);
  });

  it('reports experts without a card, a mismatched card, unknown people and a missing leader', () => {
    const broken: SealingPlan = {
      ...plan,
      groups: [
        {
          id: 'g1',
          name: '第一组',
          memberIds: ['M1', 'M2', 'Z'],
          applicationIds: ['a1', 'a2', 'a3'],
        },
      ],
      committee: {},
      experts: [
        { id: 'M1', name: '甲' },
        { id: 'M2', name: '乙', keyFingerprint: 'FP-1', card: { fingerprint: 'FP-2' } },
      ],
      conflicts: [],
    };
    const { recipients, problems } = sealingRecipients(broken);
    expect(problems.map((p) => p.code)).toEqual([
      'no-chair',
      'no-vice-chair',
      'no-leader',
      'unassigned-application',
      'unassigned-application',
      'no-card',
      'fingerprint-mismatch',
      'unknown-expert',
    ]);
    expect(recipients.map((r) => r.expertId)).toEqual(['M1', 'M2']);
  });

  it('reports an application nobody in its group may see, and an expert with nothing to see', () => {
    const allOut: SealingPlan = {
      ...plan,
      applicationIds: ['a1', 'a2', 'a3', 'a4'],
      conflicts: [
        { expertId: 'L2', applicationId: 'a3' },
        { expertId: 'M3', applicationId: 'a3' },
        { expertId: 'M3', applicationId: 'a4' },
      ],
    };
    const { problems } = sealingRecipients(allOut);
    expect(problems.map((p) => [p.code, p.applicationId ?? p.expertId])).toEqual([
      ['no-reviewer', 'a3'],
      ['no-stand-in', 'a3'],
      ['nothing-visible', 'M3'],
    ]);
  });

  it('reports an application given to two groups and one outside the round', () => {
    const twice: SealingPlan = {
      ...plan,
      groups: [
        { ...plan.groups[0]!, applicationIds: ['a1', 'a9'] },
        { ...plan.groups[1]!, applicationIds: ['a1', 'a2', 'a3', 'a4', 'a5'] },
      ],
      conflicts: [],
    };
    const { problems } = sealingRecipients(twice);
    expect(problems.map((p) => [p.code, p.applicationId])).toEqual([
      ['outside-round', 'a9'],
      ['assigned-twice', 'a1'],
    ]);
  });
});
