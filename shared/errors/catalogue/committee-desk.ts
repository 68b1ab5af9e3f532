/**
 * The chair's committee work in the app (docs/committee-desk.md): what it needs, a kept group
 * bundle gone, an act asked for before what it rests on. Parameters are ids and numbers, and a
 * group's name where the words name a group.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface CommitteeDeskErrorParams {
  /** The committee's work needs the recipient's identity (a package opened by its passphrase alone cannot sign). */
  'committee-desk-needs-identity': NoParams;
  /** A change made for another case or round than the open package's. */
  'committee-desk-other-round': NoParams;
  /**
   * A group bundle the journal says was imported is missing from the app's data, or altered: the
   * group as the package's manifest names it (its id only where it names it not).
   */
  'committee-desk-bundle-missing': {
    readonly groupId: string;
    readonly groupName: string;
    readonly sequence: number;
  };
  /** The result bundle or the reports asked for before any group bundle was imported. */
  'committee-desk-no-groups': NoParams;
  /** The result bundle or the reports asked for while some applications have no group bundle. */
  'committee-desk-waiting': { readonly applicationNos: readonly string[] };
  /** A re-review act asked for before a result bundle of the round was signed here. */
  'committee-desk-no-result': NoParams;
  /** A re-review act for an application the committee's merge does not hold. */
  'committee-desk-application-unknown': NoParams;
}

export const committeeDeskCatalogue: CatalogueOf<CommitteeDeskErrorParams> = {
  'committee-desk-needs-identity': fixedWords(
    '评审委员会汇总需要本人的身份：此案卷包仅用口令打开，或当前解锁的不是收件人本人的身份。请解锁本人身份后重新打开案卷包。',
    "The committee's merge needs your own identity: this package was opened with its passphrase alone, or the identity unlocked is not its recipient. Unlock your identity and open the package again.",
  ),
  'committee-desk-other-round': fixedWords(
    '此项评审委员会操作针对的案卷或评审轮次已不是当前打开的案卷包，未执行。',
    'This committee act was meant for another case or round than the package now open; nothing was done.',
  ),
  'committee-desk-bundle-missing': {
    kind: 'refused',
    zh: ({ groupName, sequence }) =>
      `已导入的${groupName}合议包（序号 ${sequence}）在本机数据中缺失或已被改动，请重新导入该文件。`,
    en: ({ groupName, sequence }) =>
      `The imported group bundle of ${groupName} (sequence ${sequence}) is missing from this computer's data or was altered; import that file again.`,
  },
  'committee-desk-no-groups': fixedWords(
    '尚未导入任何专业组合议包，无法签署评审结果包或导出报告。',
    'No group bundle has been imported yet: nothing to sign or report.',
  ),
  'committee-desk-waiting': {
    kind: 'refused',
    zh: ({ applicationNos }) =>
      `以下申报尚无已导入的专业组合议结果，暂不能签署评审结果包或导出报告：${applicationNos.join('、')}。`,
    en: ({ applicationNos }) =>
      `These applications have no imported group result yet, so nothing can be signed or reported: ${applicationNos.join(', ')}.`,
  },
  'committee-desk-no-result': fixedWords(
    '请先签署并导出本轮的评审结果包，复核决定须引用它。',
    "Sign and export the round's result bundle first: the re-review act names it.",
  ),
  'committee-desk-application-unknown': fixedWords(
    '评审委员会汇总中没有该申报，未签署复核决定。',
    "The committee's merge holds no such application; the act was not signed.",
  ),
};
