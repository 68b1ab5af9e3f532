/**
 * The review bundle's failures (docs/bundle-format.md): each says which check failed, so the
 * leader, the office or a script knows exactly what is wrong with a file. Parameters are ids and
 * numbers only, never a path, a name or a comment.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface BundleErrorParams {
  /** The first bytes are not the bundle's magic. */
  'bundle-not-a-bundle': NoParams;
  /** The file ends before the parts its header announces, or without its end magic. */
  'bundle-truncated': NoParams;
  'bundle-unsupported-version': { readonly version: number };
  /** Larger than a bundle may be, or a part larger than its bound. */
  'bundle-too-large': NoParams;
  /** The header is not what a writer writes (JSON, canonical form, fields, lengths). */
  'bundle-malformed': NoParams;
  /** Two sections with the same bytes, or two sections for one application. */
  'bundle-duplicate-section': NoParams;
  /** The bundle has another number of sections than the office's roster statement gives. */
  'bundle-section-count': { readonly found: number; readonly expected: number };
  /** A section's bytes differ from the hash the author signed. */
  'bundle-section-altered': { readonly section: number };
  /** The author's signature does not hold over the header. */
  'bundle-bad-signature': NoParams;
  /** The roster statement the bundle carries is not signed by the office key it names. */
  'bundle-roster-invalid': NoParams;
  /** The roster statement is signed by another office than the one the verifier trusts. */
  'bundle-unknown-office': NoParams;
  /** The signing key is not the key the office certified for the person the bundle names. */
  'bundle-unknown-author': NoParams;
  /** The author is certified, but not as a reviewer of this case and round. */
  'bundle-author-not-in-roster': NoParams;
  /** The bundle is of another case or round than the one it is checked against. */
  'bundle-wrong-case-round': NoParams;
  /** The bundle names another rubric than the round's. */
  'bundle-rubric-digest': NoParams;
  /** A material's hash in the review differs from the package's. */
  'bundle-material-hash': { readonly applicationId: string };
  /** An older bundle than one already seen from this author for this case and round. */
  'bundle-stale-sequence': { readonly found: number; readonly highest: number };
  /** Two different bundles by one author with one sequence number. */
  'bundle-equivocation': { readonly sequence: number };
  /** No section of the bundle is encrypted for this identity. */
  'bundle-not-a-reader': NoParams;
  /** A section decrypted but is not what the author signed it to be (readers, content). */
  'bundle-section-invalid': { readonly section: number };
  /** The undertaking inside the bundle is not signed by the author for this case and round. */
  'bundle-undertaking-invalid': NoParams;
  /** A review's scores do not fit the round's rubric, or a review is incomplete. */
  'bundle-review-invalid': { readonly applicationId: string };
  /** Writing: the identity is not the person the roster statement certifies. */
  'bundle-signer-mismatch': NoParams;
}

export const bundleCatalogue: CatalogueOf<BundleErrorParams> = {
  'bundle-not-a-bundle': fixedWords('这不是评审意见包文件。', 'This is not a review bundle.'),
  'bundle-truncated': fixedWords(
    '评审意见包不完整（被截断）。',
    'The review bundle is incomplete (truncated).',
  ),
  'bundle-unsupported-version': {
    kind: 'refused',
    zh: ({ version }) => `评审意见包格式版本 ${version} 不受支持，请使用相应版本的软件。`,
    en: ({ version }) =>
      `Review bundle format version ${version} is not supported by this version of the application.`,
  },
  'bundle-too-large': fixedWords(
    '评审意见包超出大小上限。',
    'The review bundle exceeds a size limit.',
  ),
  'bundle-malformed': fixedWords('评审意见包结构有误。', 'The review bundle is malformed.'),
  'bundle-duplicate-section': fixedWords(
    '评审意见包中有重复的部分。',
    'The review bundle holds a section twice.',
  ),
  'bundle-section-count': {
    kind: 'refused',
    zh: ({ found, expected }) =>
      `评审意见包有 ${found} 个部分，办公室的名单证明规定为 ${expected} 个。`,
    en: ({ found, expected }) =>
      `The review bundle has ${found} sections where the office's roster statement gives ${expected}.`,
  },
  'bundle-section-altered': {
    kind: 'refused',
    zh: ({ section }) => `评审意见包第 ${section} 部分已被改动（与签名的哈希不符）。`,
    en: ({ section }) =>
      `Section ${section} of the review bundle has been altered (it does not match its signed hash).`,
  },
  'bundle-bad-signature': fixedWords(
    '评审意见包的签名无效：文件可能已被改动。',
    "The review bundle's signature is invalid: the file may have been altered.",
  ),
  'bundle-roster-invalid': fixedWords(
    '评审意见包所附的名单证明不是办公室签发的。',
    'The roster statement in the review bundle is not signed by the office.',
  ),
  'bundle-unknown-office': fixedWords(
    '评审意见包所附的名单证明由另一办公室密钥签发，与您所核对的办公室指纹不符。',
    'The roster statement is signed by another office key than the fingerprint you were given.',
  ),
  'bundle-unknown-author': fixedWords(
    '无法确认评审意见包的作者：签名密钥不是办公室为该专家登记的密钥。',
    'The author is unknown: the signing key is not the key the office registered for this expert.',
  ),
  'bundle-author-not-in-roster': fixedWords(
    '评审意见包的作者不在本案卷、本轮次的评审名单中。',
    'The author is not on the roster of reviewers of this case and round.',
  ),
  'bundle-wrong-case-round': fixedWords(
    '评审意见包属于另一案卷或另一轮次。',
    'The review bundle belongs to another case or round.',
  ),
  'bundle-rubric-digest': fixedWords(
    '评审意见包所用的评分细则与本轮次的不一致。',
    "The review bundle was scored against another rubric than the round's.",
  ),
  'bundle-material-hash': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId} 的评审意见所列材料与案卷包中的材料不一致。`,
    en: ({ applicationId }) =>
      `The materials the review of application ${applicationId} lists differ from the case package's.`,
  },
  'bundle-stale-sequence': {
    kind: 'conflict',
    zh: ({ found, highest }) =>
      `此评审意见包序号为 ${found}，已收到该专家序号 ${highest} 的评审意见包：不接受较旧的版本。`,
    en: ({ found, highest }) =>
      `This review bundle has sequence ${found}, and bundle ${highest} of this expert was already received: an older one is refused.`,
  },
  'bundle-equivocation': {
    kind: 'conflict',
    zh: ({ sequence }) =>
      `同一专家序号 ${sequence} 的评审意见包有两份内容不同的版本：两份都不予采信，请联系办公室。`,
    en: ({ sequence }) =>
      `The expert signed two different review bundles with sequence ${sequence}: neither is trusted; contact the office.`,
  },
  'bundle-not-a-reader': fixedWords(
    '此评审意见包中没有为您的身份加密的部分。',
    'No section of this review bundle is encrypted for your identity.',
  ),
  'bundle-section-invalid': {
    kind: 'refused',
    zh: ({ section }) => `评审意见包第 ${section} 部分的内容与作者签名的不符。`,
    en: ({ section }) =>
      `Section ${section} of the review bundle does not hold what its author signed.`,
  },
  'bundle-undertaking-invalid': fixedWords(
    '评审意见包中的保密承诺未经作者为本案卷、本轮次签署。',
    'The undertaking in the review bundle is not signed by its author for this case and round.',
  ),
  'bundle-review-invalid': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报 ${applicationId} 的评分与本轮次评分细则不符或未完成。`,
    en: ({ applicationId }) =>
      `The scores of application ${applicationId} do not fit the round's rubric, or are incomplete.`,
  },
  'bundle-signer-mismatch': fixedWords(
    '当前身份不是案卷包的接收者，不能签署这份评审意见。',
    'This identity is not the package recipient: it cannot sign this review.',
  ),
};
