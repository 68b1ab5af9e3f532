/** A value that broke its schema inside a rule of the office's record (parseOrThrow). */
import type { CatalogueOf } from '../catalogue-entry';
import { issueWithPath } from '../validation-issue';
import type { ValidationIssue } from '../validation-issue';

/** What the value was meant to be. */
export type ValueSubject =
  | 'office-record'
  | 'round'
  | 'rubric'
  | 'application'
  | 'material'
  | 'material-kind'
  | 'formal-check-item'
  | 'deadline'
  | 'date'
  | 'expert'
  | 'card'
  | 'committee'
  | 'group'
  | 'conflict'
  | 'unit'
  | 'identity-profile';

export interface InvalidValueErrorParams {
  'invalid-value': {
    readonly subject: ValueSubject;
    /** Whose: an application number, an expert's or a group's name. */
    readonly name?: string;
    readonly issues: readonly ValidationIssue[];
  };
}

const SUBJECTS: Readonly<Record<ValueSubject, { zh: string; en: string }>> = {
  'office-record': { zh: '办公室工作案卷', en: 'office record' },
  round: { zh: '评审轮次', en: 'review round' },
  rubric: { zh: '评分细则', en: 'rubric' },
  application: { zh: '申报经验', en: 'application' },
  material: { zh: '材料', en: 'material' },
  'material-kind': { zh: '材料类别', en: 'material kind' },
  'formal-check-item': { zh: '形式审查项', en: 'formal check item' },
  deadline: { zh: '申报截止时间', en: 'deadline' },
  date: { zh: '日期', en: 'date' },
  expert: { zh: '专家', en: 'expert' },
  card: { zh: '身份卡', en: 'identity card' },
  committee: { zh: '评审委员会', en: 'committee' },
  group: { zh: '专业组', en: 'group' },
  conflict: { zh: '回避情形', en: 'conflict of interest' },
  unit: { zh: '推荐单位', en: 'recommending unit' },
  'identity-profile': { zh: '身份信息', en: 'identity profile' },
};

function zhSubject(subject: ValueSubject, name: string | undefined): string {
  const words = SUBJECTS[subject].zh;
  if (name === undefined) return words;
  // 张三的身份卡, but 专家 张三, 专业组 第一组.
  return subject === 'card' ? `${name}的${words}` : `${words} ${name} `;
}

export const invalidValueCatalogue: CatalogueOf<InvalidValueErrorParams> = {
  'invalid-value': {
    kind: 'refused',
    zh: ({ subject, name, issues }) =>
      `${zhSubject(subject, name)}无效：${issues.map((i) => issueWithPath(i, 'zh-CN')).join('；')}`,
    en: ({ subject, name, issues }) =>
      `The ${SUBJECTS[subject].en}${name === undefined ? '' : ` ${name}`} is invalid: ${issues
        .map((i) => issueWithPath(i, 'en'))
        .join('; ')}`,
  },
};
