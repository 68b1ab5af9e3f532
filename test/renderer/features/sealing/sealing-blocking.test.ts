/**
 * 封装前检查's blocking problems (sealing-blocking.ts) rendered as the screen renders them, each
 * from sealingRecipients' own problem of a plan that has it: in Chinese and in English, naming the
 * group, the expert and the application by their names and 申报编号, never the plan's ids; in
 * English no Chinese but the names. Without a plan, or where it cannot name them, the plan's words.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import { SealingChecks } from '../../../../renderer/features/sealing/SealingChecks';
import { committeeSignersRefusal } from '../../../../shared/office/sealing-blockers';
import { sealingRecipients } from '../../../../shared/office/visibility';
import type { SealingPlan, SealingProblem } from '../../../../shared/office/visibility';

const card = (id: string) => ({ keyFingerprint: id, card: { fingerprint: id } });

/** Two groups, everyone carded, no conflict: nothing blocks until a case changes it. */
const base: SealingPlan = {
  applicationIds: ['a1', 'a2', 'a3'],
  groups: [
    {
      id: 'g1',
      name: '第一组',
      leaderId: 'L',
      memberIds: ['M', 'N'],
      applicationIds: ['a1', 'a2'],
    },
    { id: 'g2', name: '第二组', leaderId: 'P', memberIds: ['Q'], applicationIds: ['a3'] },
  ],
  committee: { chairId: 'C', viceChairId: 'V' },
  conflicts: [],
  experts: [
    { id: 'C', name: '赵主任', ...card('c') },
    { id: 'V', name: '钱副主任', ...card('v') },
    { id: 'L', name: '孙组长', ...card('l') },
    { id: 'M', name: '李专家', ...card('m') },
    { id: 'N', name: '周专家', ...card('n') },
    { id: 'P', name: '吴组长', ...card('p') },
    { id: 'Q', name: '郑专家', ...card('q') },
  ],
  applicationNos: new Map([
    ['a1', '2026001'],
    ['a2', '2026002'],
    ['a3', '2026003'],
    ['a4', '2026004'],
    ['a9', '2025009'],
  ]),
};

const withGroup = (id: string, change: Partial<SealingPlan['groups'][number]>) =>
  base.groups.map((g) => (g.id === id ? { ...g, ...change } : g));
const withExpert = (id: string, change: Partial<SealingPlan['experts'][number]>) =>
  base.experts.map((e) => (e.id === id ? { ...e, ...change } : e));
const leaderOutOfA1 = [{ expertId: 'L', applicationId: 'a1' }];

/** Each blocking kind: the plan that has it, and its line in both languages. */
const kinds: readonly {
  readonly code: SealingProblem['code'];
  readonly plan: SealingPlan;
  readonly zh: string;
  readonly en: string;
}[] = [
  {
    code: 'no-chair',
    plan: { ...base, committee: { viceChairId: 'V' } },
    zh: '尚未指定主任委员',
    en: 'No chair appointed yet',
  },
  {
    code: 'unknown-expert',
    plan: { ...base, groups: withGroup('g1', { memberIds: ['M', 'N', 'X9'] }) },
    zh: '第一组组员不是已登记的专家',
    en: 'The person seated as 第一组 · Member is not a registered expert',
  },
  {
    code: 'no-card',
    plan: { ...base, experts: withExpert('N', { keyFingerprint: undefined, card: undefined }) },
    zh: '周专家尚未登记身份卡（公钥指纹），无法为其加密',
    en: 'No identity card (key fingerprint) is registered for 周专家: their package cannot be encrypted',
  },
  {
    code: 'fingerprint-mismatch',
    plan: { ...base, experts: withExpert('N', { card: { fingerprint: 'other' } }) },
    zh: '周专家的身份卡指纹与登记的指纹不一致',
    en: "The fingerprint of 周专家's identity card differs from the one registered",
  },
  {
    code: 'no-leader',
    plan: { ...base, groups: withGroup('g2', { leaderId: undefined }) },
    zh: '第二组尚未指定组长',
    en: '第二组 has no leader appointed yet',
  },
  {
    code: 'outside-round',
    plan: { ...base, groups: withGroup('g2', { applicationIds: ['a3', 'a9'] }) },
    zh: '第二组分配的申报经验 2025009不在本轮评审中',
    en: '第二组 is assigned application 2025009, which is not in this round',
  },
  {
    code: 'outside-round',
    plan: { ...base, groups: withGroup('g2', { applicationIds: ['a3', 'x77'] }) },
    zh: '第二组分配了不在本轮评审中的申报经验',
    en: '第二组 is assigned an application that is not in this round',
  },
  {
    code: 'assigned-twice',
    plan: { ...base, groups: withGroup('g2', { applicationIds: ['a3', 'a1'] }) },
    zh: '申报经验 2026001同时分配给了第一组和第二组',
    en: 'Both 第一组 and 第二组 are assigned application 2026001',
  },
  {
    code: 'unassigned-application',
    plan: { ...base, applicationIds: ['a1', 'a2', 'a3', 'a4'] },
    zh: '申报经验 2026004尚未分配专业组',
    en: 'No group is assigned application 2026004 yet',
  },
  {
    code: 'no-stand-in',
    plan: { ...base, conflicts: leaderOutOfA1 },
    zh: '第一组的组长须回避申报经验 2026001，尚未指定代行组长',
    en: 'The leader of 第一组 is in conflict with application 2026001 and no stand-in is designated yet',
  },
  {
    code: 'stand-in-not-member',
    plan: { ...base, conflicts: leaderOutOfA1, standIns: new Map([['a1', 'Q']]) },
    zh: '申报经验 2026001指定的代行组长 郑专家 不是第一组的组员',
    en: 'The stand-in designated for application 2026001, 郑专家, is not a member of 第一组',
  },
  {
    code: 'stand-in-conflicted',
    plan: {
      ...base,
      conflicts: [...leaderOutOfA1, { expertId: 'M', applicationId: 'a1' }],
      standIns: new Map([['a1', 'M']]),
    },
    zh: '申报经验 2026001指定的代行组长 李专家 也须回避',
    en: 'The stand-in designated for application 2026001, 李专家, is in conflict with it too',
  },
  {
    code: 'office-only',
    plan: {
      ...base,
      conflicts: [
        ...leaderOutOfA1,
        { expertId: 'C', applicationId: 'a1' },
        { expertId: 'V', applicationId: 'a1' },
      ],
    },
    zh: '第一组的组长、主任委员、副主任委员均须回避申报经验 2026001，除办公室外无人可阅其评审意见',
    en: 'The leader of 第一组, the chair and the vice-chair are all in conflict with application 2026001: nobody but the office may read its reviews',
  },
];

function blockingLines(plan: SealingPlan, locale: Locale, withPlan = true): string[] {
  const { problems } = sealingRecipients(plan);
  const markup = renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: locale },
      // As the screen passes them: the plan, and the committee's signers' refusal worded apart.
      createElement(SealingChecks, {
        problems,
        signersRefusal: committeeSignersRefusal(plan),
        ...(withPlan ? { plan } : {}),
      }),
    ),
  );
  return [...markup.matchAll(/<li[^>]*class="seal-blocking"[^>]*>(.*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const names = [...base.experts, ...base.groups].map((n) => n.name);
const ids = ['a1', 'a2', 'a3', 'a4', 'a9', 'x77', 'g1', 'g2', 'X9'];

describe('SealingChecks: what stops sealing, in the UI’s language', () => {
  it('has each kind in its plan, as sealingRecipients finds it', () => {
    for (const kind of kinds) {
      expect(sealingRecipients(kind.plan).problems.map((p) => p.code)).toContain(kind.code);
    }
  });

  for (const kind of kinds) {
    it(`words ${kind.code} in Chinese, by name and 申报编号`, () => {
      expect(blockingLines(kind.plan, 'zh-CN')).toContain(`须先解决 ${kind.zh}`);
    });

    it(`words ${kind.code} in English, no Chinese left but the names, no id`, () => {
      const lines = blockingLines(kind.plan, 'en');
      expect(lines).toContain(`Must fix ${kind.en}`);
      for (const line of lines) {
        const words = names.reduce((left, name) => left.replaceAll(name, ''), line);
        expect(words).not.toMatch(/\p{Script=Han}/u);
        for (const id of ids) expect(line.split(/[\s,:;.()]+/)).not.toContain(id);
      }
    });
  }

  it('keeps the plan’s own words where it has no plan to name them from', () => {
    const plan = { ...base, conflicts: leaderOutOfA1 };
    const problem = sealingRecipients(plan).problems.find((p) => p.code === 'no-stand-in')!;
    expect(blockingLines(plan, 'en', false)).toContain(`Must fix ${problem.message}`);
  });

  it('keeps the plan’s own words where the application has no 申报编号', () => {
    const plan = { ...base, conflicts: leaderOutOfA1, applicationNos: new Map<string, string>() };
    const problem = sealingRecipients(plan).problems.find((p) => p.code === 'no-stand-in')!;
    expect(blockingLines(plan, 'en')).toContain(`Must fix ${problem.message}`);
  });
});
