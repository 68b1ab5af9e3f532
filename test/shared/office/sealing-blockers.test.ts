/**
 * The committee's signers as a sealing blocker (docs/committee.md, "Who signs"): sealing is
 * refused exactly when neither the chair nor the vice-chair can read every application of the
 * round (each in conflict with one or more of them, different ones or the same one), with both
 * people and their applications named by 申报编号, in Chinese and English; and when the chair is
 * in conflict with applications of the round and no vice-chair is appointed (nobody at all can
 * read the round whole), naming the chair and the applications and saying what to do.
 */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/errors/error-text';
import {
  blockingSealingProblems,
  chairAloneBlock,
  committeeSignersBlock,
  committeeSignersProblem,
  committeeSignersRefusal,
} from '../../../shared/office/sealing-blockers';
import { sealingRecipients, visibleApplications } from '../../../shared/office/visibility';
import type { SealingExpert, SealingPlan } from '../../../shared/office/visibility';

const registered = (id: string, name = id): SealingExpert => ({
  id,
  name,
  keyFingerprint: `FP-${id}`,
  card: { fingerprint: `FP-${id}` },
});

const base: SealingPlan = {
  applicationIds: ['a1', 'a2', 'a3', 'a4'],
  groups: [
    { id: 'g1', name: '第一组', leaderId: 'L1', memberIds: ['M1'], applicationIds: ['a1', 'a2'] },
    { id: 'g2', name: '第二组', leaderId: 'L2', memberIds: ['M2'], applicationIds: ['a3', 'a4'] },
  ],
  committee: { chairId: 'C', viceChairId: 'V' },
  conflicts: [],
  experts: [
    registered('C', '赵主任'),
    registered('V', '钱副主任'),
    ...['L1', 'M1', 'L2', 'M2'].map((id) => registered(id)),
  ],
  applicationNos: new Map([
    ['a1', '2026001'],
    ['a2', '2026002'],
    ['a3', '2026003'],
    ['a4', '2026004'],
  ]),
};

const withConflicts = (...pairs: [string, string][]): SealingPlan => ({
  ...base,
  conflicts: pairs.map(([expertId, applicationId]) => ({ expertId, applicationId })),
});

/** The rule itself, from what each package would hold: one of the two sees the whole round. */
const someoneSeesAll = (plan: SealingPlan) =>
  [plan.committee.chairId, plan.committee.viceChairId].some(
    (id) => id !== undefined && visibleApplications(id, plan).length === plan.applicationIds.length,
  );

describe('committeeSignersBlock', () => {
  it('blocks when the chair and the vice-chair are in conflict with different applications', () => {
    const plan = withConflicts(['C', 'a4'], ['V', 'a1'], ['V', 'a3']);
    expect(committeeSignersBlock(plan)).toEqual({
      chair: { expertId: 'C', name: '赵主任', applicationNos: ['2026004'] },
      viceChair: { expertId: 'V', name: '钱副主任', applicationNos: ['2026001', '2026003'] },
    });
    const problem = sealingRecipients(plan).problems.find(
      (p) => p.code === 'committee-signers-conflicted',
    );
    expect(problem).toBeDefined();
    expect(blockingSealingProblems.has(problem!.code)).toBe(true);
    expect(problem!.message).toContain('主任委员 赵主任 须回避申报经验 2026004');
    expect(problem!.message).toContain('副主任委员 钱副主任 须回避申报经验 2026001、2026003');
    expect(problem!.message).toContain('请更换副主任委员');
    expect(problem!.message).toContain('更正回避记录');
  });

  it('blocks when both are in conflict with the same application: nobody can read that one', () => {
    const plan = withConflicts(['C', 'a2'], ['V', 'a2']);
    expect(committeeSignersBlock(plan)).toMatchObject({
      chair: { applicationNos: ['2026002'] },
      viceChair: { applicationNos: ['2026002'] },
    });
  });

  it('does not block when only one of them is in conflict, or neither', () => {
    expect(committeeSignersBlock(withConflicts())).toBeNull();
    expect(committeeSignersBlock(withConflicts(['C', 'a1'], ['C', 'a3']))).toBeNull();
    expect(committeeSignersBlock(withConflicts(['V', 'a4']))).toBeNull();
    // Others' conflicts do not matter to it.
    expect(
      committeeSignersBlock(withConflicts(['L1', 'a1'], ['M2', 'a3'], ['C', 'a2'])),
    ).toBeNull();
    const { problems } = sealingRecipients(withConflicts(['V', 'a4']));
    expect(problems.map((p) => p.code)).not.toContain('committee-signers-conflicted');
  });

  it('counts only conflicts with applications of this round', () => {
    expect(committeeSignersBlock(withConflicts(['C', 'a1'], ['V', 'x9']))).toBeNull();
  });

  it('leaves an empty seat to its own problem (no chair blocks, no vice-chair is a note)', () => {
    const noVice: SealingPlan = {
      ...withConflicts(['C', 'a1'], ['V', 'a2']),
      committee: { chairId: 'C' },
    };
    expect(committeeSignersBlock(noVice)).toBeNull();
    const noChair: SealingPlan = {
      ...withConflicts(['C', 'a1'], ['V', 'a2']),
      committee: { viceChairId: 'V' },
    };
    expect(committeeSignersBlock(noChair)).toBeNull();
  });

  it('blocks exactly when no one of the two holds every application, over every conflict set', () => {
    const people = ['C', 'V'];
    const pairs = people.flatMap((p) => base.applicationIds.map((a) => [p, a] as [string, string]));
    let blocked = 0;
    for (let mask = 0; mask < 1 << pairs.length; mask += 1) {
      const plan = withConflicts(...pairs.filter((_, i) => (mask & (1 << i)) !== 0));
      const block = committeeSignersBlock(plan);
      expect(block === null).toBe(someoneSeesAll(plan));
      expect(committeeSignersProblem(plan) === null).toBe(block === null);
      if (block !== null) blocked += 1;
    }
    // 2^8 sets; the chair free of conflict in 16 of them, the vice-chair in 16, both in 1.
    expect(blocked).toBe(256 - 31);
  });

  it('names applications by id where the plan knows no 申报编号', () => {
    const plan: SealingPlan = {
      ...withConflicts(['C', 'a1'], ['V', 'a2']),
      applicationNos: new Map(),
    };
    expect(committeeSignersBlock(plan)?.chair.applicationNos).toEqual(['a1']);
  });

  it('says it in English too, naming both people and what to do', () => {
    const block = committeeSignersBlock(withConflicts(['C', 'a4'], ['V', 'a1'], ['V', 'a3']))!;
    const en = errorText({ code: 'committee-signers-conflicted', params: block }, 'en');
    expect(en).toContain('The chair 赵主任 is in conflict with application 2026004');
    expect(en).toContain('the vice-chair 钱副主任 with applications 2026001, 2026003');
    expect(en).toContain('Change the vice-chair');
    expect(en).toContain('correct the conflict record');
  });
});

describe('chairAloneBlock: the chair in conflict and no vice-chair appointed', () => {
  const alone = (...pairs: [string, string][]): SealingPlan => ({
    ...withConflicts(...pairs),
    committee: { chairId: 'C' },
  });

  it('blocks, naming the chair and the applications by 申报编号, and what to do', () => {
    const plan = alone(['C', 'a3'], ['C', 'a1'], ['V', 'a2']);
    // In the round's order, whatever the order of the record.
    expect(chairAloneBlock(plan)).toEqual({
      chair: { expertId: 'C', name: '赵主任', applicationNos: ['2026001', '2026003'] },
    });
    expect(committeeSignersBlock(plan)).toBeNull();
    expect(committeeSignersRefusal(plan)).toEqual({
      code: 'committee-chair-conflicted-alone',
      params: chairAloneBlock(plan),
    });
    const { problems } = sealingRecipients(plan);
    const problem = problems.find((p) => p.code === 'committee-chair-conflicted-alone');
    expect(problem).toBeDefined();
    expect(blockingSealingProblems.has(problem!.code)).toBe(true);
    expect(problem!.message).toContain('主任委员 赵主任 须回避申报经验 2026001、2026003');
    expect(problem!.message).toContain('尚未指定副主任委员');
    expect(problem!.message).toContain('请指定副主任委员');
    expect(problem!.message).toContain('更正回避记录');
    // The empty seat is still listed as its own note beside the block.
    expect(problems.map((p) => p.code)).toContain('no-vice-chair');
    expect(blockingSealingProblems.has('no-vice-chair')).toBe(false);
  });

  it('says it in English too', () => {
    const block = chairAloneBlock(alone(['C', 'a4']))!;
    const en = errorText({ code: 'committee-chair-conflicted-alone', params: block }, 'en');
    expect(en).toContain('The chair 赵主任 is in conflict with application 2026004');
    expect(en).toContain('no vice-chair is appointed');
    expect(en).toContain('Appoint a vice-chair');
    expect(en).toContain('correct the conflict record');
  });

  it('leaves no vice-chair a note when the chair is in conflict with nothing of the round', () => {
    for (const plan of [alone(), alone(['V', 'a1'], ['L1', 'a2']), alone(['C', 'x9'])]) {
      expect(chairAloneBlock(plan)).toBeNull();
      expect(committeeSignersRefusal(plan)).toBeNull();
      const codes = sealingRecipients(plan).problems.map((p) => p.code);
      expect(codes).toContain('no-vice-chair');
      expect(codes).not.toContain('committee-chair-conflicted-alone');
    }
  });

  it('does not apply with a vice-chair appointed, nor without a chair', () => {
    expect(chairAloneBlock(withConflicts(['C', 'a1']))).toBeNull();
    const noChair: SealingPlan = { ...withConflicts(['C', 'a1']), committee: {} };
    expect(chairAloneBlock(noChair)).toBeNull();
  });

  it('blocks exactly when the chair alone cannot read the round whole, over every conflict set', () => {
    const pairs = base.applicationIds.map((a) => ['C', a] as [string, string]);
    for (let mask = 0; mask < 1 << pairs.length; mask += 1) {
      const plan = alone(...pairs.filter((_, i) => (mask & (1 << i)) !== 0));
      expect(chairAloneBlock(plan) === null).toBe(someoneSeesAll(plan));
      expect(committeeSignersProblem(plan)?.code ?? null).toBe(
        mask === 0 ? null : 'committee-chair-conflicted-alone',
      );
    }
  });
});
