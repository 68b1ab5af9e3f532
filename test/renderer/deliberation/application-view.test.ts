import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { ApplicationDeliberationView } from '../../../renderer/features/deliberation/ApplicationDeliberationView';
import { ApplicationsTable } from '../../../renderer/features/deliberation/ApplicationsTable';
import { MembersPanel } from '../../../renderer/features/deliberation/MembersPanel';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { NAMES, rubric, stateWith } from './deliberation-state-fixture';

const noop = () => undefined;
const save = () => Promise.resolve(true);
const nameOf = (id: string) => NAMES[id] ?? id;

function html(element: ReactElement, locale: Locale = 'zh-CN'): string {
  return renderToStaticMarkup(createElement(LocaleContext, { value: locale }, element));
}

/** The text a person reads: tags and attributes gone. */
function text(markup: string): string {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ');
}

const records: DeliberationRecord[] = [
  {
    kind: 'score-change',
    applicationId: 'A01',
    expertId: 'e05',
    partId: 'c1p1',
    from: 6,
    to: 12,
    reason: { code: 'summation-error' },
  },
  {
    kind: 'ballot',
    applicationId: 'A01',
    ballotNo: 1,
    proposal: 'enter-defense',
    ballot: {
      mode: 'open',
      votes: [
        { expertId: 'e01', vote: 'for' },
        { expertId: 'e02', vote: 'for' },
        { expertId: 'e03', vote: 'against' },
        { expertId: 'e04', vote: 'against' },
        { expertId: 'e05', vote: 'abstain' },
      ],
    },
  },
  {
    kind: 'ballot',
    applicationId: 'A01',
    ballotNo: 2,
    proposal: 'enter-defense',
    ballot: { mode: 'secret', counts: { for: 4, against: 1, abstain: 0 } },
  },
  { kind: 'consensus', applicationId: 'A01', score: 70, opinion: '同意入围答辩。' },
  { kind: 'decision', applicationId: 'A01', decision: 'enter-defense' },
];

function view(state = stateWith(records), applicationId = 'A01', locale: Locale = 'zh-CN') {
  return html(
    createElement(ApplicationDeliberationView, {
      state,
      rubric,
      application: state.applications.find((a) => a.applicationId === applicationId)!,
      nameOf,
      busy: false,
      error: null,
      onSave: save,
      onDismissError: noop,
      onBack: noop,
    }),
    locale,
  );
}

describe('one application of the deliberation', () => {
  it('shows the submitted score struck through beside the changed one, and the reason', () => {
    const markup = view();
    expect(markup).toContain(
      'data-testid="cell-e05-c1p1" data-changed="true"><s class="dl-submitted">6</s>',
    );
    expect(markup).toMatch(/cell-e05-total"[^>]*>.*?<s class="dl-submitted">40<\/s>.*?46/);
    expect(text(markup)).toContain('钱专家 · 一-1：6 → 12');
    expect(text(markup)).toContain('理由：分值汇总计算错误');
  });

  it('names the dropped scores of the trimmed mean and marks the deviating totals', () => {
    const said = text(view());
    expect(said).toContain('去掉：最高 张专家（88 分），最低 钱专家（40 分）');
    expect(said).toMatch(/钱专家：总分 40 分，组均分 \d+(\.\d+)? 分，偏离 −\d+%/);
    expect(view()).toMatch(/class="dl-cell dl-deviates"[^>]*data-testid="cell-e05-total"/);
  });

  it('lists every ballot round with its count and whether it passed, the open one by name', () => {
    const said = text(view());
    expect(said).toContain('第 1 轮 · 记名表决 · 提议“入围答辩”');
    expect(said).toContain('未通过');
    expect(said).toContain('赞成 2，反对 2，弃权 1');
    expect(said).toContain('王组长 赞成、张专家 赞成、李专家 反对、赵专家 反对、钱专家 弃权');
    expect(said).toContain('第 2 轮 · 无记名表决 · 提议“入围答辩”');
    expect(said).toContain('赞成 4，反对 1，弃权 0');
    expect(view()).toContain('data-testid="ballot-outcome-2">通过<');
  });

  it('shows the consensus and the decision, and every member’s comments', () => {
    const said = text(view());
    expect(said).toContain('合议得分 70 分');
    expect(said).toContain('结论：入围答辩');
    expect(said).toContain('数据翔实。');
    expect(said).toContain('补充三年数据。');
  });

  it('says when a stand-in chairs, and who is missing', () => {
    const said = text(view(stateWith([]), 'A02'));
    expect(said).toContain('由办公室指定您代行组长主持本项合议');
    expect(said).toContain('王组长：组长回避，由代行组长主持');
    expect(said).toContain('钱专家：评审意见包中没有该申报');
  });

  it('lets no English through in Chinese, nor Chinese of its own in English', () => {
    const zh = text(view());
    expect(zh.match(/[A-Za-z]{3,}/g)?.filter((w) => !/^ZLBG$/.test(w)) ?? []).toEqual([]);
    const en = text(view(stateWith(records), 'A01', 'en'));
    expect(en).toContain('Round 2 · secret ballot');
    expect(en).toContain('Decision: Enter the defense');
    // What remains in Chinese is the data: names, the rubric's titles, comments.
    expect(en).not.toMatch(/合议|表决|理由|轮/);
  });
});

describe('the group overview', () => {
  it('shows who submitted with which sequence and the superseded ones, and who is missing', () => {
    const markup = html(
      createElement(MembersPanel, {
        state: stateWith([]),
        nameOf,
        busy: null,
        imported: null,
        importError: null,
        appendError: null,
        onImport: noop,
        onGoOn: save,
      }),
    );
    expect(markup).toContain('data-testid="member-e02" data-submitted="2"');
    expect(text(markup)).toContain('已提交（第 2 次）');
    expect(markup).toMatch(/data-testid="superseded-e02">第 1 次</);
    expect(markup).toMatch(/data-testid="superseded-e01"><span class="muted">—/);
  });

  it('lists the chaired applications with their figures and state', () => {
    const markup = html(
      createElement(ApplicationsTable, { state: stateWith(records), onOpen: noop }),
    );
    expect(markup).toContain('data-testid="dl-app-A01" data-state="decided"');
    expect(markup).toContain('data-testid="dl-app-A02" data-state="open"');
    expect(text(markup)).toContain('代行组长');
    expect(text(markup)).toContain('入围答辩');
  });
});
