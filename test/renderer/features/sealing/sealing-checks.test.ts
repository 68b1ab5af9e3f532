/**
 * 封装前检查 rendered as the screen renders it: the chair and vice-chair both in conflict is a
 * blocking problem said in the UI's language (both people, the applications by 申报编号, what to
 * do) with where to change the vice-chair or the conflicts; so is the chair in conflict with no
 * vice-chair appointed; without either, no such line or hint. The reminders (a stand-in leading,
 * a group all in conflict, an expert with nothing to review) in both languages.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import { SealingChecks } from '../../../../renderer/features/sealing/SealingChecks';
import {
  committeeSignersBlock,
  committeeSignersProblem,
  committeeSignersRefusal,
} from '../../../../shared/office/sealing-blockers';
import { sealingRecipients } from '../../../../shared/office/visibility';
import type { SealingPlan } from '../../../../shared/office/visibility';

const plan: SealingPlan = {
  applicationIds: ['a1', 'a2'],
  groups: [
    { id: 'g1', name: '第一组', leaderId: 'L', memberIds: [], applicationIds: ['a1', 'a2'] },
  ],
  committee: { chairId: 'C', viceChairId: 'V' },
  conflicts: [
    { expertId: 'C', applicationId: 'a2' },
    { expertId: 'V', applicationId: 'a1' },
  ],
  experts: [
    { id: 'C', name: '赵主任', keyFingerprint: 'x', card: { fingerprint: 'x' } },
    { id: 'V', name: '钱副主任', keyFingerprint: 'y', card: { fingerprint: 'y' } },
  ],
  applicationNos: new Map([
    ['a1', '2026001'],
    ['a2', '2026002'],
  ]),
};

function text(locale: Locale, withBlock = true): string {
  const problem = committeeSignersProblem(plan)!;
  const markup = renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: locale },
      createElement(SealingChecks, {
        problems: withBlock ? [{ code: 'no-vice-chair', message: '提醒' }, problem] : [],
        committeeSigners: withBlock ? committeeSignersBlock(plan) : null,
      }),
    ),
  );
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('SealingChecks: the committee signers in conflict', () => {
  it('blocks in Chinese, naming both and their applications, with where to fix it', () => {
    const zh = text('zh-CN');
    expect(zh).toContain(
      '须先解决 主任委员 赵主任 须回避申报经验 2026002，副主任委员 钱副主任 须回避申报经验 2026001',
    );
    expect(zh).toContain('请更换副主任委员');
    expect(zh).toContain('副主任委员在“专家与分组 → 专业组与委员会”中指定或更换');
  });

  it('says the same in English', () => {
    const en = text('en');
    expect(en).toContain(
      'Must fix The chair 赵主任 is in conflict with application 2026002 and the vice-chair 钱副主任 with application 2026001',
    );
    expect(en).toContain(
      'Appoint or change the vice-chair under Experts & groups → Groups & committee',
    );
  });

  it('shows neither the line nor the hint when the round has no such problem', () => {
    const zh = text('zh-CN', false);
    expect(zh).not.toContain('副主任委员');
    expect(zh).toContain('未发现问题');
  });
});

describe('SealingChecks: the chair in conflict and no vice-chair', () => {
  const alone: SealingPlan = { ...plan, committee: { chairId: 'C' } };
  function aloneText(locale: Locale): string {
    const markup = renderToStaticMarkup(
      createElement(
        LocaleContext,
        { value: locale },
        createElement(SealingChecks, {
          problems: [
            { code: 'no-vice-chair', message: '尚未指定副主任委员' },
            committeeSignersProblem(alone)!,
          ],
          signersRefusal: committeeSignersRefusal(alone),
        }),
      ),
    );
    return markup
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  }

  it('blocks in Chinese, naming the chair and the application, with where to appoint one', () => {
    const zh = aloneText('zh-CN');
    expect(zh).toContain(
      '须先解决 主任委员 赵主任 须回避申报经验 2026002，而本轮尚未指定副主任委员',
    );
    expect(zh).toContain('请指定副主任委员');
    expect(zh).toContain('副主任委员在“专家与分组 → 专业组与委员会”中指定或更换');
  });

  it('says the same in English', () => {
    const en = aloneText('en');
    expect(en).toContain(
      'Must fix The chair 赵主任 is in conflict with application 2026002 and no vice-chair is appointed',
    );
    expect(en).toContain('Appoint a vice-chair');
    expect(en).toContain('Appoint or change the vice-chair under Experts & groups');
  });

  it("reminds that no vice-chair is appointed in the UI's language", () => {
    expect(aloneText('zh-CN')).toContain('提醒 尚未指定副主任委员');
    const en = aloneText('en');
    expect(en).toContain('Note No vice-chair appointed yet');
    expect(en).not.toContain('尚未指定副主任委员');
  });
});

describe('SealingChecks: the reminders in the UI’s language', () => {
  const card = (id: string) => ({ keyFingerprint: id, card: { fingerprint: id } });
  const round: SealingPlan = {
    applicationIds: ['a1', 'a2', 'a3'],
    groups: [
      { id: 'g1', name: '第一组', leaderId: 'L', memberIds: ['M', 'N'], applicationIds: ['a1'] },
      { id: 'g2', name: '第二组', leaderId: 'P', memberIds: ['Q'], applicationIds: ['a2', 'a3'] },
    ],
    committee: { chairId: 'C', viceChairId: 'V' },
    conflicts: [
      { expertId: 'L', applicationId: 'a1' },
      { expertId: 'N', applicationId: 'a1' },
      { expertId: 'P', applicationId: 'a3' },
      { expertId: 'Q', applicationId: 'a3' },
    ],
    standIns: new Map([
      ['a1', 'M'],
      ['a3', 'C'],
    ]),
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
    ]),
  };

  function notes(locale: Locale, withPlan = true): string[] {
    const { problems } = sealingRecipients(round);
    const markup = renderToStaticMarkup(
      createElement(
        LocaleContext,
        { value: locale },
        createElement(SealingChecks, { problems, ...(withPlan ? { plan: round } : {}) }),
      ),
    );
    return [...markup.matchAll(/<li[^>]*class="seal-note"[^>]*>(.*?)<\/li>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }

  it('words the stand-in, the group nobody may review for, and the expert with nothing to review', () => {
    const { problems } = sealingRecipients(round);
    const codes = problems.map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['leader-conflicted', 'no-reviewer', 'nothing-visible']),
    );
    expect(notes('zh-CN')).toEqual(
      expect.arrayContaining([
        '提醒 第一组的组长须回避申报经验 2026001，由 李专家 代行组长',
        '提醒 第二组全体专家均须回避申报经验 2026003',
        '提醒 周专家没有可评审的申报经验',
      ]),
    );
  });

  it('says the same in English, with no Chinese left but the names', () => {
    const en = notes('en');
    expect(en).toEqual(
      expect.arrayContaining([
        'Note The leader of 第一组 is in conflict with application 2026001; 李专家 stands in as leader',
        'Note Every expert of 第二组 is in conflict with application 2026003',
        'Note 周专家 has no application to review',
      ]),
    );
    const names = [...round.experts, ...round.groups].map((n) => n.name);
    for (const note of en) {
      const words = names.reduce((left, name) => left.replaceAll(name, ''), note);
      expect(words).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps the plan’s own words where it has no plan to name them from', () => {
    const { problems } = sealingRecipients(round);
    const leader = problems.find((p) => p.code === 'leader-conflicted')!;
    expect(notes('en', false)).toContain(`Note ${leader.message}`);
  });
});
