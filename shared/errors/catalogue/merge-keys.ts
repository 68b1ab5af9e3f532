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
  /** A key directory entry's bytes differ from the hash the merger signed (which entry, from 1). */
  'group-bundle-directory-altered': { readonly entry: number };
  /** The reader's key directory entry is not what a writer writes, or a key in it does not open its section. */
  'group-key-directory-wrong': { readonly entry: number };
  /** The writer would list a section's key for a reader the section does not name (which section, from 1). */
  'group-key-directory-readers': { readonly section: number };
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
  'group-bundle-directory-altered': {
    kind: 'refused',
    zh: ({ entry }) => `专业组合议包密钥目录第 ${entry} 项已被改动，与签署人签署的摘要不符。`,
    en: ({ entry }) =>
      `Entry ${entry} of the group bundle's key directory was altered: it differs from the hash the merger signed.`,
  },
  'group-key-directory-wrong': {
    kind: 'refused',
    zh: ({ entry }) =>
      `专业组合议包密钥目录第 ${entry} 项无效：格式不符，或其所附密钥无法打开所指的部分，不予采用。`,
    en: ({ entry }) =>
      `Entry ${entry} of the group bundle's key directory is not valid: malformed, or a key in it does not open the section it names; not accepted.`,
  },
  'group-key-directory-readers': {
    kind: 'refused',
    zh: ({ section }) => `专业组合议包第 ${section} 部分的密钥不能列给未被列为其读者的人。`,
    en: ({ section }) =>
      `The key of section ${section} of the group bundle cannot be listed for someone who is not one of its readers.`,
  },
};
