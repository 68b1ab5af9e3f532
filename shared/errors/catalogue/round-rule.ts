/**
 * A round's deliberation rule (shared/office/round-rule.ts): a share outside the bounds the office
 * may set. Parameters name the part only.
 */
import type { CatalogueOf } from '../catalogue-entry';

export interface RoundRuleErrorParams {
  /** A quorum or pass share that is not a fraction above one half and at most one. */
  'round-rule-invalid': { readonly part: 'quorum' | 'pass' };
}

const partZh = { quorum: '到会比例（法定人数）', pass: '通过比例' } as const;
const partEn = { quorum: 'The quorum', pass: 'The pass share' } as const;

export const roundRuleCatalogue: CatalogueOf<RoundRuleErrorParams> = {
  'round-rule-invalid': {
    kind: 'invalid-input',
    zh: ({ part }) => `${partZh[part]}须为大于 1/2、不大于 1 的分数，分母不超过 100，例如 2/3。`,
    en: ({ part }) =>
      `${partEn[part]} must be a fraction above 1/2 and at most 1, with a denominator of at most 100, such as 2/3.`,
  },
};
