/** A group's vote refused: a ballot cast twice, or by someone who may not vote on the application. */
import type { CatalogueOf } from '../catalogue-entry';

export interface DeliberationErrorParams {
  'vote-repeated': { readonly expertId: string };
  /** Not in the group, or recused for the application or dropped out. */
  'voter-not-eligible': { readonly expertId: string };
}

export const deliberationCatalogue: CatalogueOf<DeliberationErrorParams> = {
  'vote-repeated': {
    kind: 'refused',
    zh: ({ expertId }) => `每位专家只能表决一次：专家 ${expertId} 投了不止一票。`,
    en: ({ expertId }) => `Each expert votes once: expert ${expertId} voted more than once.`,
  },
  'voter-not-eligible': {
    kind: 'refused',
    zh: ({ expertId }) => `专家 ${expertId} 不能参加本组对该申报经验的表决（不在本组，或须回避）。`,
    en: ({ expertId }) =>
      `Expert ${expertId} may not vote on this application in this group (not a member, or recused).`,
  },
};
