/**
 * The group adapter as data, over shared/merge's own merge and deliberation: a stand-in chairing
 * where the leader is recused (代行组长), a member's declared conflict in words, a member with no
 * bundle and no recorded reason, the trimmed mean's dropped members by name, a criterion-scoped
 * deviation labelled with its criterion, an 其他 reason with its text, and the summary's cells.
 */
import { describe, expect, it } from 'vitest';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { mergeGroup } from '../../../shared/merge/group-merge';
import { groupReports } from '../../../shared/report/group-reports';
import type { GroupReportFacts } from '../../../shared/report/group-reports';
import { declaredConflict, mergeInput, review, rubric, submission } from '../merge/merge-fixtures';

const NAMES: Record<string, string> = {
  e01: '王组长',
  e02: '李专家',
  e03: '张专家',
  e04: '赵专家',
  e05: '钱专家',
};

const facts: GroupReportFacts = {
  caseId: '5eed0000000000000000000000000001',
  year: 2026,
  roundName: '2026年资料评审',
  roundKind: 'material',
  rubric,
  groupId: 'g1',
  groupName: '第一专业组',
  people: new Map(Object.entries(NAMES)),
  applications: new Map([
    [
      'A01',
      {
        applicationId: 'A01',
        applicationNo: '2026002',
        applicantName: '华东精密轴承有限公司',
        experienceTitle: '精益质量管理实践',
      },
    ],
  ]),
  printedOn: '2026年11月30日',
};

function build() {
  // A01: chaired by the stand-in (the leader recused); A02: the leader, e05 without a bundle.
  const input = mergeInput(
    [
      submission('e01', 1, { A02: review([15, 15, 15, 15, 20, 20]) }),
      submission('e02', 1, {
        A01: review([12, 12, 12, 12, 16, 16]),
        A02: review([12, 12, 12, 12, 16, 16]),
      }),
      submission('e03', 1, {
        A01: review([13, 13, 13, 13, 17, 17]),
        A02: review([6, 6, 12, 12, 16, 16]),
      }),
      submission('e04', 1, {
        A01: declaredConflict('e04', 'A01'),
        A02: review([12, 12, 12, 12, 16, 16]),
      }),
    ],
    {
      applications: [
        { applicationId: 'A01', chairRole: 'stand-in' },
        { applicationId: 'A02', chairRole: 'leader' },
      ],
    },
  );
  const merge = mergeGroup(input);
  const records: DeliberationRecord[] = [
    {
      kind: 'score-change',
      applicationId: 'A01',
      expertId: 'e03',
      partId: 'c1p1',
      from: 13,
      to: 12,
      reason: { code: 'other', text: '按细则重新核定' },
    },
  ];
  const deliberation = deliberationSummary({ merge, rubric, roundKind: 'material', records });
  const sections = merge.applications.map((a) => ({
    applicationId: a.applicationId,
    chair: { expertId: a.chairRole === 'stand-in' ? 'e02' : 'e01', role: a.chairRole },
    members: merge.members,
    merge: a,
    rule: {
      quorum: { numerator: 2, denominator: 3 },
      pass: { numerator: 2, denominator: 3 },
    },
    deliberation: deliberation.find((d) => d.applicationId === a.applicationId)!,
  }));
  return groupReports(sections, facts);
}

describe('groupReports', () => {
  const reports = build();

  it('orders by 申报编号 and names an application the package does not know', () => {
    // A01 is 2026002; A02 is not in the facts, so it keeps its id as the number.
    expect(reports.opinions.map((o) => o.application.applicationNo)).toEqual(['2026002', 'A02']);
    expect(reports.opinions[1]!.application.applicantName).toBe('（本案卷包未载明）');
  });

  it('says who chaired, who was recused and why, and the change with its reason', () => {
    const a01 = reports.opinions[0]!;
    expect(a01.chair).toEqual({ name: '李专家', roleLabel: '代行组长' });
    expect(a01.recused).toEqual([
      { name: '王组长', reason: '组长回避，由代行组长主持' },
      { name: '赵专家', reason: '本人声明回避：与申报单位为同一单位' },
    ]);
    expect(a01.scoreChanges).toEqual([
      {
        name: '张专家',
        partLabel: '（一）科学性和创新性 要点1',
        from: 13,
        to: 12,
        reason: '其他：按细则重新核定',
      },
    ]);
    expect(a01.reviews.find((r) => r.expertId === 'e03')!.deliberatedTotal).toBe(85);
  });

  it('names a member missing without a reason, the dropped scores and a criterion deviation', () => {
    const a02 = reports.opinions[1]!;
    expect(a02.absent).toEqual([{ name: '钱专家', reason: '未提交评审意见包' }]);
    expect(a02.statistics?.count).toBe(4);
    expect(a02.statistics?.dropped).toBeNull();
    const scopes = a02.deviations.filter((d) => d.name === '张专家').map((d) => d.scopeLabel);
    expect(scopes).toContain('（一）科学性和创新性');
  });

  it('fills the summary: scores, 回避 and 缺 in the leader-first column order', () => {
    expect(reports.summary.members.map((m) => m.name)).toEqual([
      '王组长',
      '李专家',
      '张专家',
      '赵专家',
      '钱专家',
    ]);
    const kinds = reports.summary.rows.map((r) => r.cells.map((c) => c.kind));
    expect(kinds).toEqual([
      ['recused', 'score', 'score', 'recused', 'absent'],
      ['score', 'score', 'score', 'score', 'absent'],
    ]);
    expect(reports.votes.ruleText).toContain('2/3');
  });
});
