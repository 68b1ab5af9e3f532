/**
 * The expert's review in the app (issue 10, points 1 to 3 and 8): what main refuses when the
 * undertaking is signed, a conflict declared, or a score, comment or decision written. None
 * names a path, a comment or a material's content.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface ReviewErrorParams {
  /** Opened with the package's passphrase alone, or another identity unlocked: nothing signs. */
  'review-needs-identity': NoParams;
  /** The text the person read is not the round's undertaking as the package carries it. */
  'review-undertaking-changed': NoParams;
  /** A score, comment or decision before the round's undertaking is signed. */
  'review-undertaking-unsigned': NoParams;
  /** A material read before the round's undertaking is signed (the package can sign it). */
  'review-undertaking-before-reading': NoParams;
  /** The expert declared a conflict with the application: it is closed to them. */
  'review-application-closed': { readonly applicationNo: string };
  /** The application is not one of the open package's. */
  'review-unknown-application': NoParams;
  /** A conflict is declared once; it cannot be taken back by the expert. */
  'review-conflict-already-declared': { readonly applicationNo: string };
  /** The reason is required for the kind 其他, and bounded. */
  'review-conflict-reason': { readonly max: number };
  /** The entry names another round than the open package's. */
  'review-other-round': NoParams;
  /** A rubric id the round's rubric does not have. */
  'review-unknown-rubric-item': { readonly id: string };
  /** A score above the part's maximum (or below 0). */
  'review-score-out-of-range': { readonly partId: string; readonly maxPoints: number };
  /** Submitting: these applications open to the expert are not complete (申报编号 each). */
  'review-incomplete': { readonly applicationNos: readonly string[] };
  /** The round's review was submitted: edits wait for review:reopen. */
  'review-submitted-locked': NoParams;
  /** review:reopen of a round whose review is not submitted (or already reopened). */
  'review-not-submitted': NoParams;
  /** A package sealed before roster statements: its reviews cannot be signed into a bundle. */
  'review-package-without-roster': NoParams;
  /** Submitting as the chair or vice-chair alone: they write no review bundle in the round. */
  'review-no-review-seat': NoParams;
}

export const reviewCatalogue: CatalogueOf<ReviewErrorParams> = {
  'review-needs-identity': fixedWords(
    '签署保密承诺、声明回避和评分都需要本人的身份：此案卷包仅用口令打开，或当前解锁的不是收件人本人的身份。请解锁本人身份后重新打开案卷包。',
    'Signing the undertaking, declaring a conflict and scoring need your own identity: this package was opened with its passphrase alone, or the identity unlocked is not its recipient. Unlock your identity and open the package again.',
  ),
  'review-undertaking-changed': fixedWords(
    '保密承诺的文本与案卷包中的不一致，未签署。请重新打开案卷包后再签署。',
    'The undertaking shown is not the one in the package; nothing was signed. Open the package again and sign.',
  ),
  'review-undertaking-unsigned': fixedWords(
    '请先签署本轮评审的保密承诺，再评分或撰写评语。',
    "Sign this round's confidentiality undertaking before scoring or commenting.",
  ),
  'review-undertaking-before-reading': fixedWords(
    '请先签署本轮评审的保密承诺，再阅读申报材料。',
    "Sign this round's confidentiality undertaking before reading the applications' materials.",
  ),
  'review-application-closed': {
    kind: 'refused',
    zh: ({ applicationNo }) =>
      `您已声明与申报 ${applicationNo} 存在利益冲突，该申报已对您关闭：不能阅读其材料，也不能评分或撰写评语。`,
    en: ({ applicationNo }) =>
      `You declared a conflict of interest with application ${applicationNo}; it is closed to you: its materials cannot be read, scored or commented on.`,
  },
  'review-unknown-application': fixedWords(
    '此案卷包中没有该申报。',
    'That application is not in this package.',
    'not-found',
  ),
  'review-conflict-already-declared': {
    kind: 'conflict',
    zh: ({ applicationNo }) => `已就申报 ${applicationNo} 声明过回避，不能重复声明。`,
    en: ({ applicationNo }) =>
      `A conflict with application ${applicationNo} was already declared; it is declared once.`,
  },
  'review-conflict-reason': {
    kind: 'invalid-input',
    zh: ({ max }) => `回避情形为“其他”时须说明理由；理由不超过 ${max} 字。`,
    en: ({ max }) => `A reason is required for "Other", and at most ${max} characters.`,
  },
  'review-other-round': fixedWords(
    '该记录属于另一评审轮次，不是当前打开的案卷包的轮次。',
    'That entry belongs to another round than the open package.',
  ),
  'review-unknown-rubric-item': {
    kind: 'invalid-input',
    zh: ({ id }) => `本轮评分细则中没有“${id}”。`,
    en: ({ id }) => `This round's rubric has no item "${id}".`,
  },
  'review-score-out-of-range': {
    kind: 'invalid-input',
    zh: ({ partId, maxPoints }) => `要点 ${partId} 的得分须在 0 到 ${maxPoints} 分之间。`,
    en: ({ partId, maxPoints }) =>
      `The score of part ${partId} must be between 0 and ${maxPoints}.`,
  },
  'review-incomplete': {
    kind: 'refused',
    zh: ({ applicationNos }) =>
      `以下申报的评审尚未完成（须给出每一要点的得分、总体评价和推荐意见），未提交：${applicationNos.join('、')}。`,
    en: ({ applicationNos }) =>
      `The review of these applications is not complete (every part scored, an overall comment and a recommendation); nothing was submitted: ${applicationNos.join(', ')}.`,
  },
  'review-submitted-locked': fixedWords(
    '本轮评审已提交，评分和评语已锁定。如需修改，请先“重新打开”评审，修改后再次提交。',
    "This round's review was submitted and is locked. To change it, reopen the review first, then submit again.",
  ),
  'review-not-submitted': fixedWords(
    '本轮评审尚未提交，无需重新打开。',
    "This round's review has not been submitted; there is nothing to reopen.",
  ),
  'review-package-without-roster': fixedWords(
    '此案卷包不含办公室签署的名册声明，无法生成评审包。请向办公室索取重新封装的案卷包。',
    'This package carries no roster statement signed by the office, so no review bundle can be made. Ask the office for a newly sealed package.',
  ),
  'review-no-review-seat': fixedWords(
    '您在本轮不在任何专业组评审打分（主任委员、副主任委员不提交评审包），无需提交。',
    'You review in no group in this round (the chair and vice-chair submit no review bundle); there is nothing to submit.',
  ),
};
