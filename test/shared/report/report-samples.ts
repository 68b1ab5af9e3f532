/**
 * Inputs of the committee's lists and the office's objection record as their adapters will give
 * them, for the reports' tests and the page renders (test/support/render-report-pages.sh): long
 * Chinese names and titles, a 申报编号 with characters a file name cannot hold, a score with
 * decimals, a cut reason on every cut, an objection refused as late.
 */
import type {
  ListReportInput,
  ListRow,
  ObjectionRecordInput,
  ReportApplication,
  ReportHeading,
} from '../../../shared/report/report-input';

export const heading: ReportHeading = {
  year: 2026,
  roundName: '2026年资料评审',
  caseId: '5eed0000000000000000000000000001',
  printedOn: '2026年11月29日',
};

const NAMES = [
  '华东精密轴承有限公司',
  '中国航天科工集团第二研究院北京航天长峰股份有限公司',
  '浙江省某某新材料科技股份有限公司',
  '深圳市质量先锋电子信息技术有限公司',
];
const TITLES = [
  '精益质量管理实践',
  '基于大数据与人工智能的全生命周期质量追溯与预警体系建设经验',
  '以卓越绩效模式推动专精特新企业高质量发展的实践',
  '“零缺陷”文化引领下的供应链协同质量提升',
];

export function application(n: number): ReportApplication {
  return {
    applicationId: `A${String(n).padStart(3, '0')}`,
    applicationNo: `2026${String(n).padStart(4, '0')}`,
    applicantName: NAMES[n % NAMES.length]!,
    experienceTitle: TITLES[n % TITLES.length]!,
  };
}

/** `count` ranked rows, the first `quota` in, the rest cut with a reason. */
export function rankedRows(count: number, quota: number, inLabel: string): ListRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    application: application(i + 1),
    groupName: `第${['一', '二', '三', '四', '五'][i % 5]}专业组`,
    score: Math.round((92.35 - i * 0.85) * 100) / 100,
    decisionLabel: i < quota ? inLabel : '不入围',
    cutReason: i < quota ? null : i % 2 === 0 ? '名额已满（按排名）' : '专业组合议未推荐',
  }));
}

/** A list with scores (the committee's), as opposed to 公示名单. */
export type ScoredListInput = Extract<
  ListReportInput,
  { kind: 'defense-shortlist' | 'preliminary' }
>;

export const shortlist: ScoredListInput = {
  kind: 'defense-shortlist',
  heading,
  rows: rankedRows(30, 20, '入围答辩'),
  note: '入围名额 20 项；按各组合议得分排名，同分按去最高最低分平均分排序。',
};

export const preliminary: ScoredListInput = {
  kind: 'preliminary',
  heading: { ...heading, roundName: '2026年答辩评审' },
  rows: rankedRows(20, 12, '推荐'),
};

export const publicNotice: ListReportInput = {
  kind: 'public-notice',
  heading: { ...heading, roundName: '2026年答辩评审' },
  rows: rankedRows(12, 12, '推荐').map(({ application: a, groupName }, i) => ({
    rank: i + 1,
    application: a,
    groupName,
  })),
  note: '公示期：2026年12月1日至2026年12月14日（10个工作日）',
};

export const objections: ObjectionRecordInput = {
  heading: { ...heading, roundName: '2026年答辩评审' },
  noticePeriod: '2026年12月1日至2026年12月14日（10个工作日）',
  objections: [
    {
      number: 'YY-2026-01',
      application: application(3),
      objector: '某某质量协会（实名）',
      receivedOn: '2026年12月3日',
      content:
        '申报材料中“用户满意度提升至98%”的数据来源存疑。\n第三方测评报告日期晚于申报截止日。',
      evidence: '第三方测评报告复印件一份。',
      admission: '受理（公示期内收到，实名并附证据）',
      investigation: '办公室调取原始测评报告并向申报单位核实，数据来源于2025年度测评。',
      reReview: '评审委员会复核认为数据可信，维持原评审结论。',
      outcome: '异议不成立',
    },
    {
      number: 'YY-2026-02',
      application: application(5),
      objector: '匿名',
      receivedOn: '2026年12月16日',
      content: '对评审结果有异议。',
      evidence: '',
      admission: '不予受理：超过公示期（截止2026年12月14日），且未署真实姓名',
      investigation: '',
      reReview: '',
      outcome: '',
    },
  ],
};
