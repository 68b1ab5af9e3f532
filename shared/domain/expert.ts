import { z } from 'zod';
import { PanelIdSchema } from './panel-id';
import { focusAreaLabels, scopeCategories, type Application, type FocusArea } from './application';

/** 评审角色 (Articles 13, 14). */
export const ExpertRoleSchema = z.enum(['member', 'leader', 'chair', 'vice-chair']);
export type ExpertRole = z.infer<typeof ExpertRoleSchema>;

export const expertRoleLabels: Readonly<Record<ExpertRole, { zh: string; en: string }>> = {
  member: { zh: '组员', en: 'Member' },
  leader: { zh: '组长', en: 'Group leader' },
  chair: { zh: '主任委员', en: 'Chair' },
  'vice-chair': { zh: '副主任委员', en: 'Vice-chair' },
};

const Label = z.string().trim().min(1).max(100);

/** 评审专家 (Article 11): one expert from the pool, as the office registers them. */
export const ExpertSchema = z.object({
  id: PanelIdSchema,
  name: z.string().trim().min(1).max(50),
  organisation: z.string().trim().min(1).max(200),
  region: z.string().trim().min(1).max(100),
  /** 质量管理 fields of expertise, e.g. 卓越绩效, 六西格玛, 数字化质量管理. */
  fields: z.array(Label).max(50),
  industries: z.array(Label).max(50),
  role: ExpertRoleSchema,
  /** Fingerprint of the expert's public identity card, once registered. */
  keyFingerprint: z.string().min(1).max(200).optional(),
});
export type Expert = z.infer<typeof ExpertSchema>;

/** How well an expert suits an application: a suggestion for the office, never a rule. */
export interface ExpertMatch {
  readonly score: number;
  /** One line per point source, in Chinese, for the office's assignment screen. */
  readonly reasons: readonly string[];
}

/** Points per kind of match; industry counts most because Article 12 picks experts by it. */
export const expertMatchWeights = { industry: 3, scope: 2, focusArea: 1 } as const;

/** Field keywords that suggest competence for each Article 10 scope category. */
export const scopeFieldKeywords: Readonly<Record<number, readonly string[]>> = {
  1: ['质量管理', '卓越绩效', '精益', '六西格玛', '全面质量', '标准化', '可靠性'],
  2: ['数字化', '大数据', '人工智能', '区块链', '信息化', '智能制造', '数据'],
  3: ['新业态', '新模式', '商业模式', '服务化', '创新'],
  4: ['中小企业', '专精特新'],
  5: ['服务业', '服务质量', '物流', '金融', '交通', '信息服务', '商务服务'],
  6: ['绿色', '节能', '环保', '健康', '安全', '社会责任'],
};

/** Field keywords for the year's focus areas (notice 一.(一)). */
export const focusAreaFieldKeywords: Readonly<Record<FocusArea, readonly string[]>> = {
  'key-basics': [
    '基础材料',
    '零部件',
    '元器件',
    '基础工艺',
    '产业技术基础',
    '工业软件',
    '工业基础',
  ],
  'specialized-sme': ['中小企业', '专精特新'],
  none: [],
};

/**
 * Scores an expert against an application: +3 when one of the expert's industries matches the
 * application's (equal, or one contains the other: '汽车' matches '汽车零部件'); +2 when one of
 * the expert's fields contains a keyword of the application's Article 10 scope; +1 likewise for
 * the focus area. Conflicts of interest are checked elsewhere and always win over a match.
 */
export function matchExpertToApplication(
  expert: Pick<Expert, 'fields' | 'industries'>,
  application: Pick<Application, 'scope' | 'focusArea' | 'industry'>,
): ExpertMatch {
  let score = 0;
  const reasons: string[] = [];

  const industry = application.industry?.trim() ?? '';
  const industries = industry === '' ? [] : expert.industries.filter((i) => overlaps(i, industry));
  if (industries.length > 0) {
    score += expertMatchWeights.industry;
    reasons.push(`行业相符：${industry}（专家行业：${industries.join('、')}）`);
  }

  const scope = scopeCategories.find((s) => s.id === application.scope);
  const scopeFields = fieldsMatching(expert.fields, scopeFieldKeywords[application.scope] ?? []);
  if (scope && scopeFields.length > 0) {
    score += expertMatchWeights.scope;
    reasons.push(`专业领域符合遴选范围（${scope.numeral}）${scope.zh}：${scopeFields.join('、')}`);
  }

  const focusFields = fieldsMatching(expert.fields, focusAreaFieldKeywords[application.focusArea]);
  if (focusFields.length > 0) {
    score += expertMatchWeights.focusArea;
    const label = focusAreaLabels[application.focusArea].zh;
    reasons.push(`专业领域符合重点领域“${label}”：${focusFields.join('、')}`);
  }

  return { score, reasons };
}

function overlaps(a: string, b: string): boolean {
  const x = a.trim();
  return x !== '' && (x.includes(b) || b.includes(x));
}

function fieldsMatching(fields: readonly string[], keywords: readonly string[]): string[] {
  return fields.filter((field) => keywords.some((keyword) => field.includes(keyword)));
}
