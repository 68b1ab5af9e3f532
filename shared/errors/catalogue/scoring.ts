/** Score math refusing its input: a score given twice, a missing criterion score. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface ScoringErrorParams {
  'score-repeated': { readonly expertId: string; readonly applicationId: string };
  /** Among one application's scores, an expert appears twice. */
  'expert-scored-twice': NoParams;
  'application-no-repeated': { readonly applicationNo: string };
  'criterion-score-missing': { readonly applicationNo: string; readonly criterionId: string };
}

export const scoringCatalogue: CatalogueOf<ScoringErrorParams> = {
  'score-repeated': {
    kind: 'refused',
    zh: ({ expertId, applicationId }) =>
      `专家 ${expertId} 对 ${applicationId} 的分数出现了不止一次。`,
    en: ({ expertId, applicationId }) =>
      `Expert ${expertId} scored ${applicationId} more than once.`,
  },
  'expert-scored-twice': fixedWords(
    '同一专家的分数出现了不止一次。',
    'An expert’s score appears more than once.',
  ),
  'application-no-repeated': {
    kind: 'refused',
    zh: ({ applicationNo }) => `申报编号重复：${applicationNo}。`,
    en: ({ applicationNo }) => `Application number ${applicationNo} appears twice.`,
  },
  'criterion-score-missing': {
    kind: 'refused',
    zh: ({ applicationNo, criterionId }) =>
      `申报编号 ${applicationNo} 缺少评审标准 ${criterionId} 的得分。`,
    en: ({ applicationNo, criterionId }) =>
      `Application ${applicationNo} has no score for criterion ${criterionId}.`,
  },
};
