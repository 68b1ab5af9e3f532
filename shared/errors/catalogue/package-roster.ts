/**
 * The expert's desk refusing a case package whose roster statement (名单证明, docs/bundle-format.md)
 * is absent or does not match its manifest. Sealing always writes one; without it no review
 * bundle can be signed, so a package is refused when it is opened rather than at submission,
 * after a day of scoring. Parameters name which part disagrees, never a key or a name.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

/** Which part of the statement disagrees with the package (electron/core/desk/roster-check.ts). */
export type RosterStatementMismatch =
  /** The office's signature does not hold, or a fingerprint is not its keys'. */
  | 'signature'
  /** Signed by, or naming, another office than the one that signed the package. */
  | 'office'
  /** Another case, round, rubric digest or package sequence than the manifest's. */
  | 'case-round'
  /** Another person, other keys or other seats than the manifest's roster gives the recipient. */
  | 'member'
  /** Fewer review sections than the applications the recipient reviews in the package. */
  | 'sections';

export interface PackageRosterErrorParams {
  /** Sealed before roster statements existed: the office must seal the package again. */
  'package-roster-missing': NoParams;
  'package-roster-mismatch': { readonly part: RosterStatementMismatch };
}

const zhPart: Readonly<Record<RosterStatementMismatch, string>> = {
  signature: '办公室签名无效',
  office: '签署的办公室与案卷包的签发办公室不符',
  'case-round': '案卷、轮次、评分细则或案卷包序号与清单不符',
  member: '所证明的人员、密钥或评审席位与清单中的名册不符',
  sections: '评审部分数少于您在本案卷包中评审的申报数',
};

const enPart: Readonly<Record<RosterStatementMismatch, string>> = {
  signature: "the office's signature does not hold",
  office: 'it is signed by another office than the one that signed the package',
  'case-round': 'its case, round, rubric digest or package number differs from the manifest',
  member: "the person, keys or seats it certifies differ from the manifest's roster",
  sections: 'it counts fewer review sections than the applications you review in the package',
};

export const packageRosterCatalogue: CatalogueOf<PackageRosterErrorParams> = {
  'package-roster-missing': fixedWords(
    '此案卷包封装于名单证明启用之前，不含办公室签署的名单证明，无法提交评审意见包，未打开。请办公室重新封装（重新签发）此案卷包后再发给您。',
    'This package was sealed before roster statements existed: it carries none signed by the office, so no review bundle could be submitted from it; it was not opened. The office must seal (reissue) the package again and send you the new one.',
  ),
  'package-roster-mismatch': {
    kind: 'refused',
    zh: ({ part }) =>
      `案卷包中的名单证明与清单不符（${zhPart[part]}），未打开。请勿使用此案卷包，并与办公室联系重新封装。`,
    en: ({ part }) =>
      `The package's roster statement does not match its manifest (${enPart[part]}); it was not opened. Do not use it: ask the office to seal the package again.`,
  },
};
