/** 推荐单位名录: the year's list of recommending units, as the office edits it. */
import type { CatalogueOf } from '../catalogue-entry';
import { listOf } from '../figures';

export interface UnitErrorParams {
  'unit-not-found': { readonly unitId: string };
  'unit-id-repeated': { readonly unitId: string };
  'unit-name-repeated': { readonly unitName: string };
  /** A list to save repeats these ids or names. */
  'units-repeated': { readonly values: readonly string[] };
}

export const unitCatalogue: CatalogueOf<UnitErrorParams> = {
  'unit-not-found': {
    kind: 'refused',
    zh: ({ unitId }) => `没有编号为 ${unitId} 的推荐单位。`,
    en: ({ unitId }) => `No recommending unit has the id ${unitId}.`,
  },
  'unit-id-repeated': {
    kind: 'refused',
    zh: ({ unitId }) => `推荐单位编号重复：${unitId}。`,
    en: ({ unitId }) => `Two units have the id ${unitId}.`,
  },
  'unit-name-repeated': {
    kind: 'refused',
    zh: ({ unitName }) => `推荐单位名称重复：${unitName}。`,
    en: ({ unitName }) => `Two units have the name ${unitName}.`,
  },
  'units-repeated': {
    kind: 'conflict',
    zh: ({ values }) => `推荐单位重复：${listOf(values, 'zh-CN')}。`,
    en: ({ values }) => `Recommending units repeated: ${listOf(values, 'en')}.`,
  },
};
