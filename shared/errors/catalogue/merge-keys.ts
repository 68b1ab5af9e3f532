/**
 * The member section keys a group section carries (docs/group-bundle-format.md, "Member section
 * keys"): the writer refusing to carry a key to a reader the member did not choose, and a reader
 * meeting a carried key that does not open the member section it names. Parameters are ids only.
 */
import type { CatalogueOf } from '../catalogue-entry';

export interface MergeKeysErrorParams {
  /** A group section's readers are not all readers of a member section whose key it would carry. */
  'group-member-key-readers': { readonly applicationId: string };
  /** A carried key names no embedded member section, does not open it, or opens another application's. */
  'group-member-key-wrong': { readonly section: number };
  /** A group section counted its ballots under another rule than the round's, as the reader's package states it. */
  'group-bundle-rule-differs': { readonly applicationId: string };
}

export const mergeKeysCatalogue: CatalogueOf<MergeKeysErrorParams> = {
  'group-member-key-readers': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报 ${applicationId}：合议部分的读者并非都能阅读成员的评审意见，不能在合议包中附带其密钥。`,
    en: ({ applicationId }) =>
      `Application ${applicationId}: not every reader of the group section may read the members' reviews, so their keys cannot be carried.`,
  },
  'group-member-key-wrong': {
    kind: 'refused',
    zh: ({ section }) =>
      `专业组合议包第 ${section} 部分附带的成员评审意见密钥无法打开其所指的部分。`,
    en: ({ section }) =>
      `Section ${section} of the group bundle carries a member review key that does not open the section it names.`,
  },
  'group-bundle-rule-differs': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报 ${applicationId}：专业组合议的表决规则（法定人数、通过比例）与本轮案卷包载明的规则不同，不予采用。`,
    en: ({ applicationId }) =>
      `Application ${applicationId}: the group counted its ballots under another rule (quorum, pass share) than the round's package states; not accepted.`,
  },
};
