/**
 * The group leader's merge and the group bundle (docs/merge.md, docs/bundle-format.md "Group
 * bundle"): each says which check failed. Parameters are ids, numbers and codes only, never a
 * path, a name, a comment or a note.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface MergeErrorParams {
  /** A review bundle's author is not a person of the group being merged. */
  'merge-outside-group': { readonly expertId: string };
  /** The same member bundle given twice, or a member named twice in a group bundle. */
  'merge-member-twice': { readonly expertId: string };
  /** The identity chairs no application of the group (neither its leader nor a stand-in). */
  'merge-not-chairing': NoParams;
  /** A deliberation record does not fit the merge (which record, from 1). */
  'merge-records-invalid': { readonly record: number };
  /** Skipping the discussion without every member's 无需讨论 mark. */
  'merge-skip-not-allowed': { readonly applicationId: string };
  /** A decision while a member not recused is missing and no reason is recorded. */
  'merge-absence-unexplained': { readonly applicationId: string; readonly expertId: string };
  /** A decision that no passed ballot carried, where the group voted. */
  'merge-decision-not-voted': { readonly applicationId: string };
  /** Not a group bundle, cut short, or its header is not what a writer writes. */
  'group-bundle-malformed': NoParams;
  /** The merger's signature does not hold over the header. */
  'group-bundle-bad-signature': NoParams;
  /** A section's bytes differ from the hash the merger signed. */
  'group-bundle-section-altered': { readonly section: number };
  /** The merger's roster statement does not verify, or does not seat them in this group. */
  'group-bundle-merger-invalid': NoParams;
  /** An embedded member bundle fails (which one, from 1, and its own code). */
  'group-member-bundle-invalid': { readonly member: number; readonly cause: string };
  /** A section decrypted but is not what the merger signed it to be. */
  'group-bundle-section-invalid': { readonly section: number };
  /** No section of the group bundle is encrypted for this identity. */
  'group-bundle-not-a-reader': NoParams;
  /** The section's merge differs from the one recomputed from the embedded member bundles. */
  'group-bundle-merge-differs': { readonly applicationId: string };
}

export const mergeCatalogue: CatalogueOf<MergeErrorParams> = {
  'merge-outside-group': {
    kind: 'refused',
    zh: ({ expertId }) => `专家 ${expertId} 不是本专业组成员，其评审意见包不能并入本组合议。`,
    en: ({ expertId }) =>
      `Expert ${expertId} is not a member of this group: their review bundle cannot be merged.`,
  },
  'merge-member-twice': {
    kind: 'refused',
    zh: ({ expertId }) => `专家 ${expertId} 的同一评审意见包出现了两次。`,
    en: ({ expertId }) => `The same review bundle of expert ${expertId} was given twice.`,
  },
  'merge-not-chairing': fixedWords(
    '此身份在本案卷包中既不是组长，也不是代行组长，不能主持合议。',
    'This identity is neither the leader nor a stand-in in this package: it cannot chair the deliberation.',
  ),
  'merge-records-invalid': {
    kind: 'refused',
    zh: ({ record }) => `第 ${record} 条合议记录与汇总结果不符。`,
    en: ({ record }) => `Deliberation record ${record} does not fit the merge.`,
  },
  'merge-skip-not-allowed': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报 ${applicationId}：须每位未回避的成员都标注“无需讨论”，才能跳过讨论。`,
    en: ({ applicationId }) =>
      `Application ${applicationId}: the discussion may be skipped only when every member not recused marked it "no discussion needed".`,
  },
  'merge-absence-unexplained': {
    kind: 'refused',
    zh: ({ applicationId, expertId }) =>
      `申报 ${applicationId}：缺少专家 ${expertId} 的评审意见，须先记录继续合议的理由。`,
    en: ({ applicationId, expertId }) =>
      `Application ${applicationId}: the review of expert ${expertId} is missing; record a reason before going on without it.`,
  },
  'merge-decision-not-voted': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId}：合议结论与最后一次通过的表决不一致。`,
    en: ({ applicationId }) =>
      `Application ${applicationId}: the decision is not the one the last passed ballot carried.`,
  },
  'group-bundle-malformed': fixedWords(
    '专业组合议包结构有误或不完整。',
    'The group bundle is malformed or incomplete.',
  ),
  'group-bundle-bad-signature': fixedWords(
    '专业组合议包的签名无效：文件可能已被改动。',
    "The group bundle's signature is invalid: the file may have been altered.",
  ),
  'group-bundle-section-altered': {
    kind: 'refused',
    zh: ({ section }) => `专业组合议包第 ${section} 部分已被改动（与签名的哈希不符）。`,
    en: ({ section }) =>
      `Section ${section} of the group bundle has been altered (it does not match its signed hash).`,
  },
  'group-bundle-merger-invalid': fixedWords(
    '专业组合议包的签署人未经办公室名单证明为本组组长或成员。',
    "The group bundle's signer is not certified by the office as this group's leader or member.",
  ),
  'group-member-bundle-invalid': {
    kind: 'refused',
    zh: ({ member, cause }) =>
      `专业组合议包所含第 ${member} 份成员评审意见包未通过核验（${cause}）。`,
    en: ({ member, cause }) =>
      `Member review bundle ${member} inside the group bundle fails verification (${cause}).`,
  },
  'group-bundle-section-invalid': {
    kind: 'refused',
    zh: ({ section }) => `专业组合议包第 ${section} 部分的内容与签署人签名的不符。`,
    en: ({ section }) =>
      `Section ${section} of the group bundle does not hold what its signer signed.`,
  },
  'group-bundle-not-a-reader': fixedWords(
    '此专业组合议包中没有为您的身份加密的部分。',
    'No section of this group bundle is encrypted for your identity.',
  ),
  'group-bundle-merge-differs': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报 ${applicationId}：合议包中的汇总结果与所含成员评审意见包重新计算的结果不一致。`,
    en: ({ applicationId }) =>
      `Application ${applicationId}: the merge in the group bundle differs from the one recomputed from its member bundles.`,
  },
};
