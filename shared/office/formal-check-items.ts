import { z } from 'zod';
import { AppError } from '../errors';

/** 形式审查项: the things the office checks before an application enters material review. */
export const FormalCheckItemIdSchema = z.enum([
  'legal-person',
  'profitable-three-years',
  'no-violations',
  'method-mature',
  'willing-to-share',
  'recommendation-form-scan',
  'commitment-letter-scan',
  'application-text-word',
  'received-before-deadline',
]);
export type FormalCheckItemId = z.infer<typeof FormalCheckItemIdSchema>;

/** Where a suggested state comes from; null when only the office can judge the item. */
export type FormalCheckEvidenceSource = 'materials' | 'deadline' | null;

export interface FormalCheckItemInfo {
  readonly id: FormalCheckItemId;
  readonly zh: string;
  readonly en: string;
  /** The rule the item checks, e.g. '第九条（一）' or '通知一（二）3'. */
  readonly article: string;
  readonly articleEn: string;
  readonly evidence: FormalCheckEvidenceSource;
}

/** The items in the order the office works through them: Article 9 first, then the materials. */
export const formalCheckItems: readonly FormalCheckItemInfo[] = Object.freeze([
  {
    id: 'legal-person',
    zh: '具有独立法人资格',
    en: 'Independent legal person',
    article: '第九条（一）',
    articleEn: 'Article 9(1)',
    evidence: null,
  },
  {
    id: 'profitable-three-years',
    zh: '近三年连续保持盈利',
    en: 'Profitable three years running',
    article: '第九条（一）',
    articleEn: 'Article 9(1)',
    evidence: null,
  },
  {
    id: 'no-violations',
    zh: '在诚信、质量、安全、环保等方面无违法行为和不良记录',
    en: 'No violations or bad records in integrity, quality, safety and environment',
    article: '第九条（一）',
    articleEn: 'Article 9(1)',
    evidence: null,
  },
  {
    id: 'method-mature',
    zh: '主要管理方法（技术）和经验已成熟应用，成效明显',
    en: 'Method mature in use and clearly effective',
    article: '第九条（二）',
    articleEn: 'Article 9(2)',
    evidence: null,
  },
  {
    id: 'willing-to-share',
    zh: '愿意参与分享交流活动',
    en: 'Willing to share and exchange',
    article: '第九条（三）',
    articleEn: 'Article 9(3)',
    evidence: null,
  },
  {
    id: 'recommendation-form-scan',
    zh: '加盖公章的推荐表扫描件',
    en: 'Scan of the sealed recommendation form',
    article: '通知一（二）3',
    articleEn: 'Notice I.(2).3',
    evidence: 'materials',
  },
  {
    id: 'commitment-letter-scan',
    zh: '加盖公章的承诺书扫描件',
    en: 'Scan of the sealed commitment letter',
    article: '通知一（二）3',
    articleEn: 'Notice I.(2).3',
    evidence: 'materials',
  },
  {
    id: 'application-text-word',
    zh: '申报材料 Word 版',
    en: 'Application text as a Word document',
    article: '通知一（二）3',
    articleEn: 'Notice I.(2).3',
    evidence: 'materials',
  },
  {
    id: 'received-before-deadline',
    zh: '在申报截止时间前收到',
    en: 'Received before the deadline',
    article: '通知一（二）1、3',
    articleEn: 'Notice I.(2).1 and 3',
    evidence: 'deadline',
  },
]);

/** The item's labels and article; every id has one. */
export function formalCheckItemInfo(id: FormalCheckItemId): FormalCheckItemInfo {
  const info = formalCheckItems.find((item) => item.id === id);
  if (!info) throw new AppError('formal-check-item-not-found', { itemId: id });
  return info;
}
