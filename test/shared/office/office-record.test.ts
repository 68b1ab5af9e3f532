import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../shared/domain/rubric';
import {
  addConflict,
  addDefenseRound,
  addMaterial,
  addMaterialRound,
  applicationsPassingFormalCheck,
  assignApplication,
  emptyOfficeRecord,
  endOfDayInBeijing,
  formalCheckOf,
  OfficeRecordSchema,
  registerExpert,
  removeConflict,
  removeGroup,
  sealingPlanForRound,
  setCommittee,
  setDeadline,
  setFormalCheckItem,
  setGroup,
  setRoundApplications,
  setRoundStatus,
  setRubric,
  upsertApplication,
  type OfficeRecord,
} from '../../../shared/office/office-record';
import { sealingRecipients } from '../../../shared/office/visibility';
import { application, card, expert, material } from './office-fixtures';

const createdAt = '2021-07-01T09:00:00+08:00';
const withoutId = (id: string) => {
  const { id: _id, ...rest } = application(id);
  return rest;
};

/** A case with three applications, a draft material round holding them, five carded experts. */
function workingCase(): OfficeRecord {
  let c = emptyOfficeRecord(2021);
  for (const id of ['a001', 'a002', 'a003']) c = upsertApplication(c, application(id));
  for (const id of ['C', 'V', 'L1', 'M1', 'M2']) {
    c = registerExpert(c, expert(id, { name: id }), card(id, `FP-${id}`));
  }
  c = addMaterialRound(c, { id: 'r1', createdAt });
  c = setRoundApplications(c, 'r1', ['a001', 'a002', 'a003']);
  c = setCommittee(c, { chairId: 'C', viceChairId: 'V' });
  return setGroup(c, { id: 'g1', name: '第一组', leaderId: 'L1', memberIds: ['M1', 'M2'] });
}

function assertValid(c: OfficeRecord): void {
  const parsed = OfficeRecordSchema.safeParse(c);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
}

describe('emptyOfficeRecord', () => {
  it('is a valid case with nothing in it', () => {
    const c = emptyOfficeRecord(2021);
    expect(c).toMatchObject({ format: 'qb-office-record', version: 2, year: 2021, deadline: null });
    expect(c.rounds).toEqual([]);
    assertValid(c);
  });

  it('refuses a year out of range', () => {
    expect(() => emptyOfficeRecord(1999)).toThrow(/办公室工作案卷无效/);
  });
});

describe('upsertApplication', () => {
  it('gives a new application the next free id', () => {
    const c = upsertApplication(upsertApplication(emptyOfficeRecord(2021), withoutId('x')), {
      ...withoutId('y'),
    });
    expect(c.applications.map((a) => a.id)).toEqual(['a001', 'a002']);
  });

  it('re-imports by 申报编号, full-width digits included, without duplicating', () => {
    let c = upsertApplication(emptyOfficeRecord(2021), {
      ...withoutId('x'),
      applicationNo: 'BG2021001',
    });
    c = upsertApplication(c, {
      ...withoutId('x'),
      applicationNo: ' ＢＧ２０２１００１ ',
      experienceTitle: '改过的经验名称',
    });
    expect(c.applications).toHaveLength(1);
    expect(c.applications[0]).toMatchObject({
      id: 'a001',
      applicationNo: 'BG2021001',
      experienceTitle: '改过的经验名称',
    });
  });

  it('imports 245 rows twice and holds 245 applications', () => {
    const rows = Array.from({ length: 245 }, (_, i) => withoutId(`n${i}`));
    let c = emptyOfficeRecord(2021);
    for (const row of [...rows, ...rows]) c = upsertApplication(c, row);
    expect(c.applications).toHaveLength(245);
    assertValid(c);
  });

  it('refuses an invalid application or an id held by another number', () => {
    const c = upsertApplication(emptyOfficeRecord(2021), application('a1'));
    expect(() => upsertApplication(c, { ...withoutId('a2'), scope: 4, isSme: false })).toThrow(
      '申报经验 BG2021-a2 无效：isSme：遴选范围（四）或“专精特新”重点领域的申报单位须为中小企业',
    );
    expect(() => upsertApplication(c, application('a1', { applicationNo: 'other' }))).toThrow(
      '申报经验编号 a1 已被其他申报编号使用',
    );
    expect(() => upsertApplication(c, { ...application('a1'), id: 'a9' })).toThrow(
      '申报编号 BG2021-a1 已登记为 a1，不能改为 a9',
    );
  });
});

describe('addMaterial', () => {
  it('ignores the same content received again for the same application only', () => {
    const c = workingCase();
    const first = material('a001', { sha256: 'a'.repeat(64) });
    const once = addMaterial(c, first);
    expect(addMaterial(once, { ...first, id: 'again', fileName: '副本.docx' })).toBe(once);
    const other = addMaterial(once, { ...first, id: 'elsewhere', applicationId: 'a002' });
    expect(other.materials.map((m) => m.id)).toEqual([first.id, 'elsewhere']);
    assertValid(other);
  });

  it('adds the file to draft rounds of its application, never to sealed ones', () => {
    let c = addMaterial(workingCase(), material('a001', { id: 'early' }));
    expect(c.rounds[0]?.materialIds).toEqual(['early']);
    c = setRoundStatus(c, 'r1', 'open');
    c = addMaterial(c, material('a001', { id: 'late' }));
    expect(c.rounds[0]?.materialIds).toEqual(['early']);
    expect(c.materials.map((m) => m.id)).toEqual(['early', 'late']);
  });

  it('refuses an unknown application, an id in use and a bad hash', () => {
    const c = addMaterial(workingCase(), material('a001', { id: 'm1' }));
    expect(() => addMaterial(c, material('a404'))).toThrow(/所属的申报经验 a404 不存在/);
    expect(() => addMaterial(c, material('a002', { id: 'm1' }))).toThrow('材料编号 m1 已被使用');
    expect(() => addMaterial(c, material('a002', { sha256: 'XYZ' }))).toThrow(/sha256 须为/);
  });
});

describe('formal check in the case', () => {
  it('evaluates with the case deadline and the application materials', () => {
    let c = setDeadline(workingCase(), endOfDayInBeijing('2021-06-25'));
    c = addMaterial(c, material('a001', { kind: 'recommendation-form', fileName: '推荐表.pdf' }));
    c = setFormalCheckItem(c, 'a001', 'legal-person', { state: 'pass', note: '营业执照' });
    const result = formalCheckOf(c, 'a001');
    const states = Object.fromEntries(result.items.map((i) => [i.item.id, i.state]));
    expect(states['legal-person']).toBe('pass');
    expect(states['recommendation-form-scan']).toBe('pass');
    expect(states['commitment-letter-scan']).toBe('fail');
    expect(states['received-before-deadline']).toBe('pass');
    expect(c.deadline).toBe('2021-06-25T23:59:59.999+08:00');
    assertValid(c);
  });

  it('lists the applications whose every item passes', () => {
    let c = setDeadline(workingCase(), endOfDayInBeijing('2021-06-25'));
    for (const kind of ['application-text', 'recommendation-form', 'commitment-letter'] as const) {
      const fileName = kind === 'application-text' ? '申报材料.docx' : `${kind}.pdf`;
      c = addMaterial(c, material('a002', { kind, fileName }));
    }
    for (const item of [
      'legal-person',
      'profitable-three-years',
      'no-violations',
      'method-mature',
      'willing-to-share',
    ] as const) {
      c = setFormalCheckItem(c, 'a002', item, { state: 'pass' });
    }
    expect(applicationsPassingFormalCheck(c)).toEqual(['a002']);
  });

  it('refuses an unknown application, item or deadline', () => {
    const c = workingCase();
    expect(() => setFormalCheckItem(c, 'a404', 'legal-person', { state: 'pass' })).toThrow(
      '申报经验 a404 不存在',
    );
    expect(() =>
      setFormalCheckItem(c, 'a001', 'nope' as 'legal-person', { state: 'pass' }),
    ).toThrow(/形式审查项无效/);
    expect(() => setDeadline(c, '6月25日')).toThrow(/申报截止时间无效/);
    expect(() => endOfDayInBeijing('2021-6-25')).toThrow(/日期无效/);
  });
});

describe('registerExpert', () => {
  it("takes the card's fingerprint and keeps the card on a later update without one", () => {
    let c = registerExpert(
      emptyOfficeRecord(2021),
      expert('e1', { name: '张三' }),
      card('张 三', 'FP-0001'),
    );
    expect(c.experts[0]).toMatchObject({
      keyFingerprint: 'FP-0001',
      card: { fingerprint: 'FP-0001' },
    });
    c = registerExpert(c, expert('e1', { name: '张三', region: '上海' }));
    expect(c.experts[0]).toMatchObject({ region: '上海', keyFingerprint: 'FP-0001' });
    expect(c.experts[0]?.card?.fingerprint).toBe('FP-0001');
    assertValid(c);
  });

  it('keeps what else the card carries', () => {
    const signed = { ...card('张三', 'FP-0001'), signature: 'c2lnbmF0dXJl' };
    const c = registerExpert(emptyOfficeRecord(2021), expert('e1', { name: '张三' }), signed);
    expect(c.experts[0]?.card).toEqual(signed);
  });

  it("refuses another person's card, a fingerprint in use and a malformed card", () => {
    const c = registerExpert(
      emptyOfficeRecord(2021),
      expert('e1', { name: '张三' }),
      card('张三', 'FP-0001'),
    );
    expect(() =>
      registerExpert(c, expert('e2', { name: '李四' }), card('王五', 'FP-0002')),
    ).toThrow('身份卡上的姓名“王五”与专家“李四”不符');
    expect(() =>
      registerExpert(c, expert('e2', { name: '李四' }), card('李四', 'FP-0001')),
    ).toThrow('该身份卡指纹已登记给专家张三');
    expect(() =>
      registerExpert(
        c,
        expert('e2', { name: '李四' }),
        card('李四', 'FP-0002', { ageRecipient: 'x' }),
      ),
    ).toThrow(/加密公钥须为 age1 开头/);
  });
});

describe('committee and groups', () => {
  it('appoints registered experts only, and two different people', () => {
    const c = workingCase();
    expect(() => setCommittee(c, { chairId: 'nobody' })).toThrow('nobody 不是已登记的专家');
    expect(() => setCommittee(c, { chairId: 'C', viceChairId: 'C' })).toThrow(
      /主任委员与副主任委员不能为同一人/,
    );
  });

  it('refuses unregistered people and anyone already in another group', () => {
    const c = workingCase();
    expect(() => setGroup(c, { id: 'g2', name: '第二组', leaderId: 'x', memberIds: [] })).toThrow(
      'x 不是已登记的专家',
    );
    expect(() =>
      setGroup(c, { id: 'g2', name: '第二组', leaderId: 'V', memberIds: ['M1'] }),
    ).toThrow('专家 M1 已在第一组，不能同时加入第二组');
    const moved = setGroup(c, { id: 'g1', name: '第一组', leaderId: 'M1', memberIds: ['L1'] });
    expect(moved.groups).toEqual([{ id: 'g1', name: '第一组', leaderId: 'M1', memberIds: ['L1'] }]);
  });

  it('removes a group with its draft assignments, not one already sealed', () => {
    const c = assignApplication(workingCase(), {
      roundId: 'r1',
      applicationId: 'a001',
      groupId: 'g1',
    });
    const removed = removeGroup(c, 'g1');
    expect(removed.groups).toEqual([]);
    expect(removed.assignments).toEqual([]);
    expect(() => removeGroup(setRoundStatus(c, 'r1', 'open'), 'g1')).toThrow(/不能删除/);
  });
});

describe('assignApplication', () => {
  it('keeps one group per application and round, and unassigns with null', () => {
    let c = setGroup(workingCase(), { id: 'g2', name: '第二组', leaderId: 'V', memberIds: [] });
    c = assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: 'g1' });
    c = assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: 'g2' });
    expect(c.assignments).toEqual([{ roundId: 'r1', applicationId: 'a001', groupId: 'g2' }]);
    c = assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: null });
    expect(c.assignments).toEqual([]);
  });

  it('refuses an application outside the round, an unknown group and a sealed round', () => {
    let c = upsertApplication(workingCase(), application('a004'));
    expect(() =>
      assignApplication(c, { roundId: 'r1', applicationId: 'a004', groupId: 'g1' }),
    ).toThrow('申报经验 a004 不在评审轮次 2021年资料评审中');
    expect(() =>
      assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: 'g9' }),
    ).toThrow('专业组 g9 不存在');
    c = setRoundStatus(c, 'r1', 'open');
    expect(() =>
      assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: 'g1' }),
    ).toThrow('评审轮次 2021年资料评审已封装，不能再改分组');
  });

  it('drops the assignments of applications taken out of the round', () => {
    let c = assignApplication(workingCase(), {
      roundId: 'r1',
      applicationId: 'a001',
      groupId: 'g1',
    });
    c = setRoundApplications(c, 'r1', ['a002']);
    expect(c.assignments).toEqual([]);
    assertValid(c);
  });
});

describe('conflicts', () => {
  it('records one conflict per pair, replacing its kind, and removes it', () => {
    let c = addConflict(workingCase(), {
      expertId: 'M1',
      applicationId: 'a001',
      kind: 'same-organisation',
    });
    c = addConflict(c, {
      expertId: 'M1',
      applicationId: 'a001',
      kind: 'other',
      reason: '曾任顾问',
    });
    expect(c.conflicts).toEqual([
      { expertId: 'M1', applicationId: 'a001', kind: 'other', reason: '曾任顾问' },
    ]);
    c = removeConflict(c, 'M1', 'a001');
    expect(c.conflicts).toEqual([]);
  });

  it('refuses unknown people or applications, a reasonless "other", removing what is absent', () => {
    const c = workingCase();
    expect(() =>
      addConflict(c, { expertId: 'X', applicationId: 'a001', kind: 'relative' }),
    ).toThrow('X 不是已登记的专家');
    expect(() => addConflict(c, { expertId: 'M1', applicationId: 'a9', kind: 'relative' })).toThrow(
      '申报经验 a9 不存在',
    );
    expect(() => addConflict(c, { expertId: 'M1', applicationId: 'a001', kind: 'other' })).toThrow(
      /须说明理由/,
    );
    expect(() => removeConflict(c, 'M1', 'a001')).toThrow(/没有登记/);
  });

  it('keeps a conflicted application out of the sealing plan for the leader and the chair', () => {
    let c = workingCase();
    for (const id of ['a001', 'a002', 'a003']) {
      c = assignApplication(c, { roundId: 'r1', applicationId: id, groupId: 'g1' });
    }
    c = addConflict(c, { expertId: 'L1', applicationId: 'a002', kind: 'same-organisation' });
    c = addConflict(c, { expertId: 'C', applicationId: 'a003', kind: 'relative' });
    const { recipients } = sealingRecipients(sealingPlanForRound(c, 'r1'));
    expect(Object.fromEntries(recipients.map((r) => [r.expertId, r.applicationIds]))).toEqual({
      C: ['a001', 'a002'],
      V: ['a001', 'a002', 'a003'],
      L1: ['a001', 'a003'],
      M1: ['a001', 'a002', 'a003'],
      M2: ['a001', 'a002', 'a003'],
    });
  });
});

describe('rounds and rubrics', () => {
  it('sets a usable rubric of the right kind on a draft round only', () => {
    const c = workingCase();
    const rubric = { ...defaultRubric('material'), name: '2021 资料评审细则' };
    expect(setRubric(c, 'r1', rubric).rounds[0]?.round.rubric.name).toBe('2021 资料评审细则');
    expect(() => setRubric(c, 'r1', defaultRubric('defense'))).toThrow(
      '评分细则的轮次类型与评审轮次不一致',
    );
    const broken = { ...rubric, criteria: rubric.criteria.slice(1) };
    expect(() => setRubric(c, 'r1', broken)).toThrow(/各项分值合计 70，应为 100/);
    expect(() => setRubric(setRoundStatus(c, 'r1', 'open'), 'r1', rubric)).toThrow(/已封装/);
  });

  it('moves a round forward only', () => {
    const open = setRoundStatus(workingCase(), 'r1', 'open');
    expect(() => setRoundStatus(open, 'r1', 'draft')).toThrow(/不能从/);
    expect(setRoundStatus(open, 'r1', 'closed').rounds[0]?.round.status).toBe('closed');
  });

  it('adds the defense round from the shortlist, with materials and groups', () => {
    let c = addMaterial(workingCase(), material('a002', { id: 'm-a002' }));
    c = assignApplication(c, { roundId: 'r1', applicationId: 'a002', groupId: 'g1' });
    c = setRoundStatus(c, 'r1', 'closed');
    c = addDefenseRound(c, { materialRoundId: 'r1', shortlist: ['a002'], id: 'r2', createdAt });
    expect(c.rounds[1]).toMatchObject({ applicationIds: ['a002'], materialIds: ['m-a002'] });
    expect(c.rounds[1]?.round.rubric.roundKind).toBe('defense');
    expect(c.assignments).toContainEqual({ roundId: 'r2', applicationId: 'a002', groupId: 'g1' });
    assertValid(c);
    expect(() =>
      addDefenseRound(c, { materialRoundId: 'r1', shortlist: ['a001'], id: 'r2', createdAt }),
    ).toThrow('评审轮次编号 r2 已被使用');
  });
});

describe('OfficeRecordSchema', () => {
  it('survives a JSON round trip', () => {
    let c = addMaterial(workingCase(), material('a001'));
    c = assignApplication(c, { roundId: 'r1', applicationId: 'a001', groupId: 'g1' });
    expect(OfficeRecordSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('reports references that do not resolve', () => {
    const c = workingCase();
    const broken: OfficeRecord = {
      ...c,
      assignments: [
        { roundId: 'r1', applicationId: 'a001', groupId: 'g9' },
        { roundId: 'r9', applicationId: 'a001', groupId: 'g1' },
      ],
      conflicts: [{ expertId: 'nobody', applicationId: 'a001', kind: 'relative' }],
      materials: [material('a404', { id: 'orphan' })],
    };
    const parsed = OfficeRecordSchema.safeParse(broken);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([
      '材料 orphan 所属的申报经验不存在',
      '评审轮次 r9 不存在',
      '申报经验 a001 分配给了不存在的专业组 g9',
      'nobody 不是已登记的专家',
    ]);
  });
});
