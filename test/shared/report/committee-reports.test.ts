/**
 * The lists from the committee's merge (shared/committee, fed by two groups merged and
 * deliberated with shared/merge's own code): on the list first in list order, then the cuts in
 * ranking order with each reason in words and its figures; 公示名单 from the defense round with
 * the names and no score anywhere in its table.
 */
import { describe, expect, it } from 'vitest';
import { mergeCommittee } from '../../../shared/committee/committee-merge';
import { defaultRubric } from '../../../shared/domain/rubric';
import { committeeListInput, publicNoticeInput } from '../../../shared/report/committee-reports';
import type { CommitteeReportFacts } from '../../../shared/report/committee-reports';
import { listTable } from '../../../shared/report/list-table';
import { at, committeeInput } from '../committee/committee-fixtures';
import type { ApplicationPlan } from '../committee/committee-fixtures';
import { heading } from './report-samples';

const five = (total: number) => [at(total), at(total), at(total), at(total), at(total)];
const g1: ApplicationPlan[] = [
  { id: 'A01', no: '2026001', scores: five(90), decision: 'enter-defense' },
  { id: 'A02', no: '2026002', scores: five(80), decision: 'enter-defense' },
  { id: 'A03', no: '2026003', scores: five(70), decision: 'not-enter-defense' },
];
const g2: ApplicationPlan[] = [
  { id: 'B01', no: '2026004', scores: five(85), decision: 'enter-defense' },
  { id: 'B02', no: '2026005', scores: five(75), decision: 'enter-defense' },
  { id: 'B03', no: '2026006', scores: five(60), decision: null },
];

function facts(roundName = '2026年资料评审'): CommitteeReportFacts {
  const all = [...g1, ...g2];
  return {
    heading: { ...heading, roundName },
    rubric: defaultRubric('material'),
    applications: new Map(
      all.map((p) => [
        p.id,
        {
          applicationId: p.id,
          applicationNo: p.no,
          applicantName: `申报单位${p.id}`,
          experienceTitle: `经验${p.id}`,
        },
      ]),
    ),
    groupNames: new Map([
      ['g1', '第一专业组'],
      ['g2', '第二专业组'],
    ]),
  };
}

describe('入围答辩名单 from the committee merge', () => {
  const merge = mergeCommittee(
    committeeInput(g1, g2, {
      settings: { quota: 2, scoreLine: 78, basis: 'raw', exclusions: [] },
    }),
  );
  const input = committeeListInput(merge, facts());

  it('lists those on it in order, then every cut with its reason', () => {
    expect(input.kind).toBe('defense-shortlist');
    const table = listTable(input);
    expect(table.rows.map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['1', '2026001', '第一专业组', '90', '入围答辩', ''],
      ['2', '2026004', '第二专业组', '85', '入围答辩', ''],
      ['3', '2026002', '第一专业组', '80', '不入围答辩', '超出名额（第 3 位，名额 2）'],
      ['4', '2026005', '第二专业组', '75', '不入围答辩', '低于分数线（75，分数线 78）'],
      ['5', '2026003', '第一专业组', '70', '不入围答辩', '专业组合议结论：不入围答辩'],
      ['6', '2026006', '第二专业组', '60', '不入围答辩', '专业组未作合议结论'],
    ]);
    expect(table.rows[0]![2]).toBe('申报单位A01');
    expect(input.note).toContain('名额 2 项；分数线 78');
  });
});

describe('公示名单 from the defense round', () => {
  const defense = (plans: ApplicationPlan[]) =>
    plans.map((p) => ({
      ...p,
      decision:
        p.decision === null
          ? null
          : p.decision === 'enter-defense'
            ? ('recommend' as const)
            : ('not-recommend' as const),
    }));
  const merge = mergeCommittee(committeeInput(defense(g1), defense(g2), {}, 'defense'));

  it('names the 初评名单 in order and prints no score', () => {
    const input = publicNoticeInput(merge, facts('2026年答辩评审'), '2026年12月1日至12月14日');
    expect(input.kind).toBe('public-notice');
    const table = listTable(input);
    expect(table.rows.map((r) => r[1])).toEqual(['2026001', '2026004', '2026002', '2026005']);
    const printed = JSON.stringify(table);
    for (const score of ['90', '85', '80', '75']) expect(printed).not.toContain(score);
    expect(input.note).toBe('公示期：2026年12月1日至12月14日');
    // The committee's own list of that round says 列入初评名单 and keeps its scores.
    const preliminary = listTable(committeeListInput(merge, facts('2026年答辩评审')));
    expect(preliminary.rows[0]!.slice(5, 7)).toEqual(['90', '列入初评名单']);
  });
});
