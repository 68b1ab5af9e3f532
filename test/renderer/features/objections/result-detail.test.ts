/**
 * The results tab's view of an opened result bundle, rendered as the screen renders it: every
 * kind of cut in words with its figures (cutReasonLabels first), the tie rule at the quota line,
 * and the ranking's ties with the criterion's name or 申报编号, in Chinese and in English.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import {
  ResultCutsAndRanking,
  ResultList,
} from '../../../../renderer/features/objections/ResultDetail';
import type { ResultDetailView } from '../../../../shared/office/followup/result-detail-view';
import type { OfficeRecord } from '../../../../shared/office/office-record';

const record = {
  applications: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'].map((id, i) => ({
    id,
    applicationNo: `202600${i + 1}`,
    applicantName: `单位${i + 1}`,
  })),
  rounds: [
    {
      round: {
        id: 'material',
        rubric: { criteria: [{ id: 'c3', numeral: '（三）', title: '实践性和有效性' }] },
      },
    },
  ],
} as unknown as OfficeRecord;

const entry = (id: string, position: number, score: number, rank = position) => ({
  applicationId: id,
  applicationNo: `202600${id.slice(1)}`,
  score,
  rank,
  position,
});

const view: ResultDetailView = {
  roundId: 'material',
  resultDigest: 'ab'.repeat(32),
  list: {
    kind: 'defense-shortlist',
    basis: 'raw',
    quota: 2,
    scoreLine: 60,
    entries: [
      { position: 1, applicationId: 'a1', applicationNo: '2026001', score: 88 },
      { position: 2, applicationId: 'a2', applicationNo: '2026002', score: 80 },
    ],
    cuts: [
      {
        applicationId: 'a3',
        applicationNo: '2026003',
        reason: 'quota',
        position: 3,
        quota: 2,
        tie: { kind: 'criterion', criterionId: 'c3' },
      },
      {
        applicationId: 'a4',
        applicationNo: '2026004',
        reason: 'below-score-line',
        score: 55.5,
        line: 60,
      },
      {
        applicationId: 'a5',
        applicationNo: '2026005',
        reason: 'committee-exclusion',
        text: '存在弄虚作假',
      },
      {
        applicationId: 'a6',
        applicationNo: '2026006',
        reason: 'group-decision',
        decision: 'not-enter-defense',
      },
      { applicationId: 'a7', applicationNo: '2026007', reason: 'not-scored' },
    ],
  },
  ranking: {
    order: [
      entry('a1', 1, 88),
      entry('a2', 2, 80),
      entry('a3', 3, 80, 2),
      entry('a5', 4, 70),
      entry('a6', 5, 70, 4),
      entry('a4', 6, 55.5),
    ],
    tieBreaks: [
      { above: 'a2', below: 'a3', rule: { kind: 'criterion', criterionId: 'c3' } },
      { above: 'a5', below: 'a6', rule: { kind: 'application-no' } },
    ],
  },
  tieBreakCriteria: ['c3'],
  unscored: ['2026007'],
};

function text(locale: Locale): string {
  const props = { record, roundId: 'material', view };
  const markup = renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: locale },
      createElement(ResultList, props),
      createElement(ResultCutsAndRanking, props),
    ),
  );
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the results tab: an opened result bundle', () => {
  it('says every cut and tie in Chinese', () => {
    const zh = text('zh-CN');
    expect(zh).toContain('名额：2；分数线：60.00；排名依据：原始分');
    expect(zh).toContain(
      '超出名额（第 3 位，名额 2）；与最后入选项同分，按（三）实践性和有效性得分排序',
    );
    expect(zh).toContain('低于分数线（55.50，分数线 60.00）');
    expect(zh).toContain('评审委员会决定：存在弄虚作假');
    expect(zh).toMatch(/专业组合议结论：不入围答辩/);
    expect(zh).toContain('无专家评分');
    expect(zh).toContain('2026002 与 2026003 同分，按（三）实践性和有效性得分排序');
    expect(zh).toContain('2026005 与 2026006 同分，按申报编号排序');
    expect(zh).toContain('无专家评分，不参加排名：2026007');
  });

  it('and in English', () => {
    const en = text('en');
    expect(en).toContain(
      'Beyond the quota (place 3, quota 2); tied with the last one in, ordered by （三）实践性和有效性',
    );
    expect(en).toContain("The committee's decision: 存在弄虚作假");
    expect(en).toContain('2026005 and 2026006 tie, ordered by application number');
  });
});
