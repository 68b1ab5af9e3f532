/**
 * The committee's merge across groups, the result bundle and the committee's re-review of an
 * objection (docs/committee.md, docs/result-bundle-format.md): each says which check failed.
 * Parameters are ids, numbers and codes only, never a path, a name, a comment or a reason.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface CommitteeErrorParams {
  /** The identity holds neither the chair's nor the vice-chair's seat in the package. */
  'committee-not-chair': NoParams;
  /** A group bundle's group is not a group of the signer's package (another case's, or made up). */
  'committee-group-outside-case': { readonly groupId: string };
  /** A group bundle's merger is not a person of that group in the signer's package. */
  'committee-group-unknown-merger': { readonly groupId: string };
  /** The same group bundle (same bytes) given twice. */
  'committee-group-twice': { readonly groupId: string };
  /** One merger signed two different group bundles of one group with one sequence. */
  'committee-group-equivocation': { readonly groupId: string; readonly sequence: number };
  /** An application of the round has no group section the signer could open. */
  'committee-application-missing': { readonly applicationId: string };
  /** Two group bundles (of two mergers) both hold a section for one application. */
  'committee-application-twice': { readonly applicationId: string };
  /** A group section for an application that is not in the signer's package, or in another group. */
  'committee-application-unknown': { readonly applicationId: string };
  /** A group section chaired by someone the package does not name as its leader or stand-in. */
  'committee-chair-mismatch': { readonly applicationId: string };
  /** The list was to follow the normalised ranking, and normalisation was refused. */
  'committee-normalisation-refused': { readonly refusals: number };
  /** A setting of the merge (quota, score line, exclusion) does not fit the round. */
  'committee-settings-invalid': NoParams;
  /** More applications, group bundles or header bytes than a result bundle holds. */
  'result-bundle-too-large': NoParams;
  /** Not a result bundle, cut short, or its header is not what a writer writes. */
  'result-bundle-malformed': NoParams;
  /** The signer's signature does not hold over the header. */
  'result-bundle-bad-signature': NoParams;
  /** A section's bytes differ from the hash the signer signed. */
  'result-bundle-section-altered': { readonly section: number };
  /** The signer's roster statement does not verify, or does not seat them as chair or vice-chair. */
  'result-bundle-signer-invalid': NoParams;
  /** An embedded group bundle fails (which one, from 1, and its own code). */
  'result-group-bundle-invalid': { readonly group: number; readonly cause: string };
  /** A result bundle of another round than the one expected: a replay of an earlier round's. */
  'result-bundle-replayed': { readonly found: string; readonly expected: string };
  /** A section decrypted but is not what the signer signed it to be. */
  'result-bundle-section-invalid': { readonly section: number };
  /** No section of the result bundle is encrypted for this identity. */
  'result-bundle-not-a-reader': NoParams;
  /** The merge in the result bundle differs from the one recomputed from its group bundles. */
  'result-bundle-merge-differs': NoParams;
  /** A re-review act that is not one, or cannot be read with this identity. */
  're-review-malformed': NoParams;
  /** The re-review act's signature or its signer's roster statement does not hold. */
  're-review-invalid': NoParams;
  /** A re-review act of another case, round or result bundle than the one expected. */
  're-review-other-result': NoParams;
}

export const committeeCatalogue: CatalogueOf<CommitteeErrorParams> = {
  'committee-not-chair': fixedWords(
    '此身份在本案卷包中既不是主任委员，也不是副主任委员，不能汇总各组结果。',
    'This identity is neither the chair nor the vice-chair in this package: it cannot merge the groups.',
  ),
  'committee-group-outside-case': {
    kind: 'refused',
    zh: ({ groupId }) => `专业组合议包所属的专业组 ${groupId} 不在本案卷的专业组中。`,
    en: ({ groupId }) => `The group bundle's group ${groupId} is not a group of this case.`,
  },
  'committee-group-unknown-merger': {
    kind: 'refused',
    zh: ({ groupId }) => `专业组 ${groupId} 的合议包签署人不是本案卷包中该组的组长或成员。`,
    en: ({ groupId }) =>
      `The signer of group ${groupId}'s bundle is not a leader or member of that group in this package.`,
  },
  'committee-group-twice': {
    kind: 'refused',
    zh: ({ groupId }) => `专业组 ${groupId} 的同一合议包出现了两次。`,
    en: ({ groupId }) => `The same group bundle of group ${groupId} was given twice.`,
  },
  'committee-group-equivocation': {
    kind: 'refused',
    zh: ({ groupId, sequence }) =>
      `专业组 ${groupId} 的签署人以同一序号 ${sequence} 签署了两份不同的合议包，无法确定以哪一份为准。`,
    en: ({ groupId, sequence }) =>
      `The signer of group ${groupId} signed two different bundles with sequence ${sequence}: neither can be taken.`,
  },
  'committee-application-missing': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId} 没有可打开的专业组合议结果，不能汇总。`,
    en: ({ applicationId }) =>
      `Application ${applicationId} has no group result you can open: the groups cannot be merged.`,
  },
  'committee-application-twice': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId} 出现在两份不同签署人的专业组合议包中。`,
    en: ({ applicationId }) =>
      `Application ${applicationId} is in the group bundles of two different signers.`,
  },
  'committee-application-unknown': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId} 不在本案卷包中，或不属于该专业组。`,
    en: ({ applicationId }) =>
      `Application ${applicationId} is not in this package, or not in that group.`,
  },
  'committee-chair-mismatch': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报 ${applicationId} 的合议主持人不是本案卷包所列的组长或代行组长。`,
    en: ({ applicationId }) =>
      `Application ${applicationId} was chaired by someone this package names neither leader nor stand-in.`,
  },
  'committee-normalisation-refused': {
    kind: 'refused',
    zh: ({ refusals }) =>
      `标准化分数不可用（${refusals} 位专家评分过少或全部相同），名单不能按标准化排名形成。`,
    en: ({ refusals }) =>
      `Normalised scores are refused (${refusals} experts scored too few or all alike): the list cannot follow the normalised ranking.`,
  },
  'committee-settings-invalid': fixedWords(
    '名额、分数线或主任委员决定的设置不适用于本轮次。',
    'The quota, score line or chair decisions do not fit this round.',
  ),
  'result-bundle-too-large': fixedWords(
    '评审结果包超出大小上限（申报、专业组合议包或标头过多）。',
    'The result bundle is beyond its size bounds (too many applications, group bundles or header bytes).',
  ),
  'result-bundle-malformed': fixedWords(
    '评审结果包结构有误或不完整。',
    'The result bundle is malformed or incomplete.',
  ),
  'result-bundle-bad-signature': fixedWords(
    '评审结果包的签名无效：文件可能已被改动。',
    "The result bundle's signature is invalid: the file may have been altered.",
  ),
  'result-bundle-section-altered': {
    kind: 'refused',
    zh: ({ section }) => `评审结果包第 ${section} 部分已被改动（与签名的哈希不符）。`,
    en: ({ section }) =>
      `Section ${section} of the result bundle has been altered (it does not match its signed hash).`,
  },
  'result-bundle-signer-invalid': fixedWords(
    '评审结果包的签署人未经办公室名单证明为主任委员或副主任委员。',
    "The result bundle's signer is not certified by the office as the chair or the vice-chair.",
  ),
  'result-group-bundle-invalid': {
    kind: 'refused',
    zh: ({ group, cause }) => `评审结果包所含第 ${group} 份专业组合议包未通过核验（${cause}）。`,
    en: ({ group, cause }) =>
      `Group bundle ${group} inside the result bundle fails verification (${cause}).`,
  },
  'result-bundle-replayed': {
    kind: 'refused',
    zh: ({ found, expected }) =>
      `此评审结果包属于轮次 ${found}，而不是 ${expected}：不能作为本轮结果使用。`,
    en: ({ found, expected }) =>
      `This result bundle is of round ${found}, not ${expected}: it cannot stand as this round's result.`,
  },
  'result-bundle-section-invalid': {
    kind: 'refused',
    zh: ({ section }) => `评审结果包第 ${section} 部分的内容与签署人签名的不符。`,
    en: ({ section }) =>
      `Section ${section} of the result bundle does not hold what its signer signed.`,
  },
  'result-bundle-not-a-reader': fixedWords(
    '此评审结果包中没有为您的身份加密的部分。',
    'No section of this result bundle is encrypted for your identity.',
  ),
  'result-bundle-merge-differs': fixedWords(
    '评审结果包中的汇总结果与所含专业组合议包重新计算的结果不一致。',
    'The merge in the result bundle differs from the one recomputed from its group bundles.',
  ),
  're-review-malformed': fixedWords(
    '这不是评审委员会复核决定文件，或无法以您的身份打开。',
    'This is not a committee re-review file, or it cannot be opened with your identity.',
  ),
  're-review-invalid': fixedWords(
    '复核决定的签名无效，或签署人未经办公室名单证明为主任委员或副主任委员。',
    "The re-review's signature is invalid, or its signer is not certified as the chair or the vice-chair.",
  ),
  're-review-other-result': fixedWords(
    '此复核决定属于其他案卷、轮次或评审结果。',
    'This re-review belongs to another case, round or result.',
  ),
};
