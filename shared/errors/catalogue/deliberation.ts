/**
 * A group's vote refused: a ballot cast twice, or by someone who may not vote on the application.
 * And the leader's deliberation in the app (docs/merge.md, "In the app"): what it needs, a member
 * bundle frozen by an open deliberation, a record that does not fit (which one and why), the
 * export before every decision. Parameters are ids, numbers and 申报编号, and a member's name
 * where the words name a kept bundle's member.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

/** Why a deliberation record does not fit the merge and the records before it. */
export type DeliberationRecordProblem =
  /** Not an application this person chairs. */
  | 'unknown-application'
  /** A score change of a member who did not score the application, or of no part of the rubric. */
  | 'score-not-scored'
  /** `from` is not the submitted score, nor what the last change of the part left. */
  | 'score-from-differs'
  /** A score above its part's maximum, or a consensus score above the rubric's. */
  | 'score-above-maximum'
  /** An explanation of a deviation the merge did not flag. */
  | 'not-flagged'
  /** An absence of a member whose review is there (or with a section, for the office's recusal). */
  | 'absence-not-missing'
  /** A member who may not vote (recused, dropped out, not of the group), or one voting twice. */
  | 'not-a-voter'
  /** A ballot not numbered one above the last. */
  | 'ballot-number'
  /** A proposal or a decision of the other round's kind. */
  | 'decision-other-round'
  /** More paper ballots than members who may vote, or nobody who may vote. */
  | 'ballot-count';

export interface DeliberationErrorParams {
  'vote-repeated': { readonly expertId: string };
  /** Not in the group, or recused for the application or dropped out. */
  'voter-not-eligible': { readonly expertId: string };
  /** The deliberation needs the recipient's identity (a package opened by its passphrase alone cannot sign). */
  'deliberation-needs-identity': NoParams;
  /** A change made for another case or round than the open package's. */
  'deliberation-other-round': NoParams;
  /** A member bundle that would change the merge of an application whose deliberation is open. */
  'deliberation-member-frozen': { readonly expertId: string; readonly applicationNo: string };
  /**
   * A member bundle the journal says was imported is missing from the app's data, or altered:
   * the member as the package's manifest names them (their id only where it names them not).
   */
  'deliberation-bundle-missing': {
    readonly expertId: string;
    readonly expertName: string;
    readonly sequence: number;
  };
  /** A deliberation record refused: its number in the round and the problem. */
  'deliberation-record-refused': {
    readonly number: number;
    readonly problem: DeliberationRecordProblem;
  };
  /** The group bundle is signed once every application chaired has its decision. */
  'deliberation-undecided': { readonly applicationNos: readonly string[] };
  /** The group's reports are made from the last group bundle exported: none has been yet. */
  'deliberation-reports-not-exported': NoParams;
  /** Records or member bundles were added after the last group bundle: export it again first. */
  'deliberation-reports-outdated': { readonly sequence: number };
  /** The copy of the last group bundle kept in the app's data is missing or altered. */
  'deliberation-group-bundle-missing': { readonly sequence: number };
}

const problemWords: Readonly<Record<DeliberationRecordProblem, { zh: string; en: string }>> = {
  'unknown-application': {
    zh: '不是您主持合议的申报',
    en: 'it is not an application whose deliberation you chair',
  },
  'score-not-scored': {
    zh: '该专家未对此申报评分，或评分细则中没有该要点',
    en: 'the expert did not score this application, or the rubric has no such part',
  },
  'score-from-differs': {
    zh: '原分值与该专家提交的分值（或上一次修正后的分值）不一致',
    en: "the score before is not the expert's submitted score (or the last change's)",
  },
  'score-above-maximum': {
    zh: '分值超出评分细则规定的满分',
    en: "the score is above the rubric's maximum",
  },
  'not-flagged': {
    zh: '汇总结果未提示该专家在此范围内的评分偏离',
    en: "the merge flagged no deviation of this expert's in this scope",
  },
  'absence-not-missing': {
    zh: '该专家的评审意见并未缺失',
    en: "the expert's review is not missing",
  },
  'not-a-voter': {
    zh: '该专家不能参加此项表决（须回避、已退出或不是本组成员），或投了不止一票',
    en: 'the expert may not vote on this (recused, dropped out, or not of the group), or voted twice',
  },
  'ballot-number': {
    zh: '表决轮次须接续上一轮',
    en: 'the ballot must be numbered one above the last',
  },
  'decision-other-round': {
    zh: '该结论不属于本轮评审',
    en: 'this decision belongs to the other round',
  },
  'ballot-count': {
    zh: '票数多于可参加表决的专家人数',
    en: 'more ballots than members who may vote',
  },
};

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
  'deliberation-needs-identity': fixedWords(
    '主持合议需要本人的身份：此案卷包仅用口令打开，或当前解锁的不是收件人本人的身份。请解锁本人身份后重新打开案卷包。',
    'Chairing the deliberation needs your own identity: this package was opened with its passphrase alone, or the identity unlocked is not its recipient. Unlock your identity and open the package again.',
  ),
  'deliberation-other-round': fixedWords(
    '此操作针对的案卷或评审轮次已不是当前打开的案卷包，未保存。',
    'This change was made for another case or round than the package now open; nothing was saved.',
  ),
  'deliberation-member-frozen': {
    kind: 'refused',
    zh: ({ expertId, applicationNo }) =>
      `申报 ${applicationNo} 的合议已开始，专家 ${expertId} 新提交的评审意见包会改变其汇总结果，不能再导入；如需修改分值，请以合议记录（分值修正）记录。`,
    en: ({ expertId, applicationNo }) =>
      `The deliberation of application ${applicationNo} has begun: the new review bundle of expert ${expertId} would change its merge and cannot be imported; record a score change in the deliberation instead.`,
  },
  'deliberation-bundle-missing': {
    kind: 'refused',
    zh: ({ expertName, sequence }) =>
      `已导入的${expertName}的评审意见包（序号 ${sequence}）在本机数据中缺失或已被改动，请重新导入该文件。`,
    en: ({ expertName, sequence }) =>
      `The imported review bundle of ${expertName} (sequence ${sequence}) is missing from this computer's data or was altered; import that file again.`,
  },
  'deliberation-record-refused': {
    kind: 'refused',
    zh: ({ number, problem }) => `第 ${number} 条合议记录未保存：${problemWords[problem].zh}。`,
    en: ({ number, problem }) =>
      `Deliberation record ${number} was not saved: ${problemWords[problem].en}.`,
  },
  'deliberation-undecided': {
    kind: 'refused',
    zh: ({ applicationNos }) =>
      `以下申报尚无合议结论，未签署专业组合议包：${applicationNos.join('、')}。`,
    en: ({ applicationNos }) =>
      `These applications have no decision yet; the group bundle was not signed: ${applicationNos.join(', ')}.`,
  },
  'deliberation-reports-not-exported': fixedWords(
    '评审报告依据已签署的专业组合议包生成：尚未导出合议包。请先导出专业组合议包，再导出评审报告。',
    'The reports are made from the signed group bundle, and none has been exported yet. Export the group bundle first, then the reports.',
  ),
  'deliberation-reports-outdated': {
    kind: 'refused',
    zh: ({ sequence }) =>
      `第 ${sequence} 版专业组合议包导出后又有新的合议记录或评审意见包，报告将与其不符。请先重新导出专业组合议包，再导出评审报告。`,
    en: ({ sequence }) =>
      `Records or review bundles were added after group bundle ${sequence} was exported, so the reports would not match it. Export the group bundle again first, then the reports.`,
  },
  'deliberation-group-bundle-missing': {
    kind: 'refused',
    zh: ({ sequence }) =>
      `本机数据中保存的第 ${sequence} 版专业组合议包缺失或已被改动。请重新导出专业组合议包，再导出评审报告。`,
    en: ({ sequence }) =>
      `The copy of group bundle ${sequence} kept in this computer's data is missing or was altered. Export the group bundle again, then the reports.`,
  },
};
