/**
 * The office's follow-up (Articles 20–22): the working-day calendar, the notice, objections, the
 * re-review, the approval and the final list, the defense round's order and absences, and the
 * signed export of the follow-up record. Dates in the words are written as Chinese users write
 * them (2026年10月9日); parameters hold ISO dates and ids, never a document's content.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { listOf } from '../figures';

export interface OfficeFollowUpErrorParams {
  /** Neither chinese-days nor the office's table knows the year's holidays. */
  'calendar-year-unknown': { readonly year: number };
  'calendar-no-working-days': { readonly start: string };
  'calendar-day-outside-year': { readonly date: string; readonly year: number };
  'calendar-day-repeated': { readonly date: string };
  'followup-handler-missing': NoParams;
  'followup-date-unreadable': NoParams;
  'followup-date-in-future': { readonly date: string };
  'followup-date-order': { readonly from: string; readonly to: string };
  'followup-application-unknown': { readonly applicationId: string };
  'followup-ids-repeated': { readonly applicationIds: readonly string[] };
  /** After the final list, the follow-up is closed (the calendar tables apart). */
  'followup-closed': NoParams;
  'notice-already-published': NoParams;
  'notice-not-published': NoParams;
  'notice-application-not-listed': { readonly applicationId: string };
  /** Received after the notice period's last day (Article 21: 10 working days). */
  'objection-late': { readonly receivedOn: string; readonly lastDay: string };
  'objection-before-notice': { readonly receivedOn: string; readonly start: string };
  'objection-not-found': { readonly objectionId: string };
  'objection-id-taken': { readonly objectionId: string };
  'objection-decided': { readonly objectionId: string };
  'objection-not-investigated': { readonly objectionId: string };
  'objection-not-referred': { readonly objectionId: string };
  're-review-not-committee': { readonly expertId: string };
  'notice-period-running': { readonly lastDay: string };
  'objections-undecided': { readonly objectionIds: readonly string[] };
  'approval-missing': NoParams;
  'final-list-outside-notice': { readonly applicationIds: readonly string[] };
  'final-list-has-upheld': { readonly applicationIds: readonly string[] };
  'not-a-defense-round': { readonly roundId: string };
  'defense-order-mismatch': {
    readonly missing: readonly string[];
    readonly extra: readonly string[];
  };
  'defense-application-not-in-round': {
    readonly applicationId: string;
    readonly roundId: string;
  };
  /** A result bundle's list of the wrong kind for the round (入围答辩名单 of a material round only). */
  'result-round-kind': { readonly roundId: string };
  /**
   * The result does not cover exactly the round's applications as the office holds them (a chair
   * in conflict merging without one would otherwise go unnoticed).
   */
  'result-round-incomplete': {
    readonly missing: readonly string[];
    readonly extra: readonly string[];
  };
  /** An older result bundle of its signer than one already imported for the round. */
  'result-bundle-older': {
    readonly roundId: string;
    readonly found: number;
    readonly imported: number;
  };
  /** Another file under a sequence its signer already used for the round. */
  'result-bundle-sequence-reused': { readonly roundId: string; readonly sequence: number };
  /** The same result bundle (the same SHA-256) is on record for the round. */
  'result-already-imported': { readonly roundId: string };
  /** The office's reports need the notice: before it, there is nothing to write. */
  'office-reports-no-notice': NoParams;
  /** No result bundle of that round imported yet. */
  'result-not-imported': { readonly roundId: string };
  /** A re-review act about an objection the office holds for another application. */
  're-review-objection-mismatch': { readonly objectionId: string };
  /** The export file is not a follow-up record, or its bytes do not match its signature. */
  'followup-export-damaged': NoParams;
  'followup-export-other-office': NoParams;
  /** The file chosen for the export exists: an export never replaces a file. */
  'followup-export-file-exists': NoParams;
}

/** 2026年10月9日 from 2026-10-09 (an unreadable value is shown as it is). */
function zhDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date;
}

export const officeFollowUpCatalogue: CatalogueOf<OfficeFollowUpErrorParams> = {
  'calendar-year-unknown': {
    kind: 'refused',
    zh: ({ year }) =>
      `软件内置的节假日安排不含 ${year} 年，无法计算工作日。请在“工作日历”中按国务院办公厅公布的 ${year} 年放假安排录入节假日和调休上班日。`,
    en: ({ year }) =>
      `The built-in holiday schedule does not cover ${year}, so working days cannot be counted. Enter ${year}'s public holidays and adjusted working days, as the State Council published them, under Working-day calendar.`,
  },
  'calendar-no-working-days': {
    kind: 'refused',
    zh: ({ start }) => `自 ${zhDate(start)} 起一年内数不满 10 个工作日，请检查工作日历。`,
    en: ({ start }) =>
      `Fewer than 10 working days in the year from ${start}: check the working-day calendar.`,
  },
  'calendar-day-outside-year': {
    kind: 'refused',
    zh: ({ date, year }) => `${zhDate(date)} 不在 ${year} 年内。`,
    en: ({ date, year }) => `${date} is not in ${year}.`,
  },
  'calendar-day-repeated': {
    kind: 'refused',
    zh: ({ date }) => `${zhDate(date)} 录入了两次。`,
    en: ({ date }) => `${date} is listed twice.`,
  },
  'followup-handler-missing': fixedWords(
    '请填写经办人：每项记录都注明由谁办理。',
    'Enter the person handling this: every act is recorded with who did it.',
  ),
  'followup-date-unreadable': fixedWords(
    '日期无法识别，请按“2026年10月9日”或“2026-10-09”的格式填写。',
    'The date cannot be read: write it as 2026-10-09, or with the Chinese year, month and day characters.',
  ),
  'followup-date-in-future': {
    kind: 'refused',
    zh: ({ date }) => `${zhDate(date)} 晚于今天，不能记录尚未发生的事项。`,
    en: ({ date }) => `${date} is after today: an act not yet done cannot be recorded.`,
  },
  'followup-date-order': {
    kind: 'refused',
    zh: ({ from, to }) => `日期先后不对：${zhDate(to)} 早于 ${zhDate(from)}。`,
    en: ({ from, to }) => `The dates are out of order: ${to} is before ${from}.`,
  },
  'followup-application-unknown': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报经验 ${applicationId} 不在案卷中。`,
    en: ({ applicationId }) => `Application ${applicationId} is not in the case.`,
  },
  'followup-ids-repeated': {
    kind: 'refused',
    zh: ({ applicationIds }) => `名单中重复列出：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ applicationIds }) => `Listed more than once: ${listOf(applicationIds, 'en')}.`,
  },
  'followup-closed': fixedWords(
    '结果公告已发布，后续工作记录已完结，不能再添加。',
    'The final list is published: the follow-up record is closed.',
  ),
  'notice-already-published': fixedWords(
    '公示名单已发布，不能再次发布。',
    'The notice list has already been published.',
  ),
  'notice-not-published': fixedWords(
    '尚未发布公示名单。',
    'The notice list has not been published yet.',
  ),
  'notice-application-not-listed': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报经验 ${applicationId} 不在公示名单中。`,
    en: ({ applicationId }) => `Application ${applicationId} is not on the notice list.`,
  },
  'objection-late': {
    kind: 'refused',
    zh: ({ receivedOn, lastDay }) =>
      `异议逾期，不予受理：收到日期 ${zhDate(receivedOn)}，公示期（10个工作日）已于 ${zhDate(lastDay)} 届满。`,
    en: ({ receivedOn, lastDay }) =>
      `Objection refused as late: received on ${receivedOn}; the 10-working-day notice period ended on ${lastDay}.`,
  },
  'objection-before-notice': {
    kind: 'refused',
    zh: ({ receivedOn, start }) =>
      `收到日期 ${zhDate(receivedOn)} 早于公示开始日 ${zhDate(start)}。`,
    en: ({ receivedOn, start }) =>
      `Received on ${receivedOn}, before the notice started on ${start}.`,
  },
  'objection-not-found': {
    kind: 'refused',
    zh: ({ objectionId }) => `异议 ${objectionId} 未登记。`,
    en: ({ objectionId }) => `No objection ${objectionId} is on record.`,
  },
  'objection-id-taken': {
    kind: 'refused',
    zh: ({ objectionId }) => `异议编号 ${objectionId} 已被使用。`,
    en: ({ objectionId }) => `Objection id ${objectionId} is taken.`,
  },
  'objection-decided': {
    kind: 'refused',
    zh: ({ objectionId }) => `异议 ${objectionId} 已有评审委员会审议结果。`,
    en: ({ objectionId }) => `Objection ${objectionId} already has the committee's decision.`,
  },
  'objection-not-investigated': {
    kind: 'refused',
    zh: ({ objectionId }) => `异议 ${objectionId} 须先调查核实，再报评审委员会审议。`,
    en: ({ objectionId }) =>
      `Objection ${objectionId} must be investigated before it goes to the committee.`,
  },
  'objection-not-referred': {
    kind: 'refused',
    zh: ({ objectionId }) => `异议 ${objectionId} 尚未报评审委员会审议。`,
    en: ({ objectionId }) => `Objection ${objectionId} has not been referred to the committee.`,
  },
  're-review-not-committee': {
    kind: 'refused',
    zh: ({ expertId }) => `${expertId} 不是评审委员会主任委员或副主任委员。`,
    en: ({ expertId }) => `${expertId} is neither the committee's chair nor its vice-chair.`,
  },
  'notice-period-running': {
    kind: 'refused',
    zh: ({ lastDay }) => `公示期至 ${zhDate(lastDay)} 届满，届满后方可报批。`,
    en: ({ lastDay }) => `The notice period runs until ${lastDay}; approval comes after it.`,
  },
  'objections-undecided': {
    kind: 'refused',
    zh: ({ objectionIds }) => `以下异议尚无评审委员会审议结果：${listOf(objectionIds, 'zh-CN')}。`,
    en: ({ objectionIds }) =>
      `These objections have no decision of the committee yet: ${listOf(objectionIds, 'en')}.`,
  },
  'approval-missing': fixedWords(
    '遴选结果须经中国质量协会批准后方可公告（第二十二条）。',
    "The results are announced only after the association's approval (Article 22).",
  ),
  'final-list-outside-notice': {
    kind: 'refused',
    zh: ({ applicationIds }) =>
      `未经公示的申报经验不能列入结果公告：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ applicationIds }) =>
      `Not on the notice list, so not on the final list: ${listOf(applicationIds, 'en')}.`,
  },
  'final-list-has-upheld': {
    kind: 'refused',
    zh: ({ applicationIds }) =>
      `评审委员会认定异议成立的申报经验不能列入结果公告：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ applicationIds }) =>
      `An objection was upheld against: ${listOf(applicationIds, 'en')}; not on the final list.`,
  },
  'not-a-defense-round': {
    kind: 'refused',
    zh: ({ roundId }) => `评审轮次 ${roundId} 不是答辩评审。`,
    en: ({ roundId }) => `Round ${roundId} is not a defense round.`,
  },
  'defense-order-mismatch': {
    kind: 'refused',
    zh: ({ missing, extra }) =>
      [
        '答辩顺序须恰好列出本轮全部申报经验。',
        missing.length > 0 ? `缺少：${listOf(missing, 'zh-CN')}。` : '',
        extra.length > 0 ? `不在本轮：${listOf(extra, 'zh-CN')}。` : '',
      ].join(''),
    en: ({ missing, extra }) =>
      [
        "The order must list exactly the round's applications.",
        missing.length > 0 ? ` Missing: ${listOf(missing, 'en')}.` : '',
        extra.length > 0 ? ` Not in the round: ${listOf(extra, 'en')}.` : '',
      ].join(''),
  },
  'defense-application-not-in-round': {
    kind: 'refused',
    zh: ({ applicationId, roundId }) => `申报经验 ${applicationId} 不在答辩轮次 ${roundId} 中。`,
    en: ({ applicationId, roundId }) =>
      `Application ${applicationId} is not in defense round ${roundId}.`,
  },
  'result-round-kind': {
    kind: 'refused',
    zh: ({ roundId }) => `结果包的名单类别与评审轮次 ${roundId} 不符。`,
    en: ({ roundId }) => `The result bundle's list is not of the kind round ${roundId} produces.`,
  },
  'result-round-incomplete': {
    kind: 'refused',
    zh: ({ missing, extra }) =>
      [
        '结果包与办公室案卷中本轮的申报经验不一致，未导入。',
        missing.length > 0 ? `缺少：${listOf(missing, 'zh-CN')}。` : '',
        extra.length > 0 ? `案卷中本轮没有：${listOf(extra, 'zh-CN')}。` : '',
      ].join(''),
    en: ({ missing, extra }) =>
      [
        "The result bundle does not cover the round's applications as the office holds them; nothing imported.",
        missing.length > 0 ? ` Missing: ${listOf(missing, 'en')}.` : '',
        extra.length > 0 ? ` Not in the round: ${listOf(extra, 'en')}.` : '',
      ].join(''),
  },
  'result-bundle-older': {
    kind: 'refused',
    zh: ({ roundId, found, imported }) =>
      `此结果包是评审轮次 ${roundId} 的第 ${found} 次结果包，早于已导入的同一签署人的第 ${imported} 次，未导入。`,
    en: ({ roundId, found, imported }) =>
      `This is result bundle no. ${found} of round ${roundId}, older than no. ${imported} of the same signer already imported; not imported.`,
  },
  'result-bundle-sequence-reused': {
    kind: 'refused',
    zh: ({ roundId, sequence }) =>
      `评审轮次 ${roundId} 已导入同一签署人的另一份第 ${sequence} 次结果包：序号相同而内容不同，未导入。请向评审委员会核实。`,
    en: ({ roundId, sequence }) =>
      `Another result bundle no. ${sequence} of the same signer is imported for round ${roundId}: the same number with other content; not imported. Check with the committee.`,
  },
  'result-already-imported': {
    kind: 'refused',
    zh: ({ roundId }) => `此结果包已导入评审轮次 ${roundId}，不重复记录。`,
    en: ({ roundId }) =>
      `This result bundle is already imported for round ${roundId}; not recorded again.`,
  },
  'office-reports-no-notice': fixedWords(
    '尚未发布公示，没有可写出的公示名单与异议处理记录。',
    'No notice is published yet: there is no notice list or objection record to write.',
  ),
  'result-not-imported': {
    kind: 'refused',
    zh: ({ roundId }) => `尚未导入评审轮次 ${roundId} 的结果包。`,
    en: ({ roundId }) => `No result bundle of round ${roundId} has been imported.`,
  },
  're-review-objection-mismatch': {
    kind: 'refused',
    zh: ({ objectionId }) => `复核文件所述的申报经验与异议 ${objectionId} 不符。`,
    en: ({ objectionId }) =>
      `The re-review names another application than objection ${objectionId}.`,
  },
  'followup-export-damaged': fixedWords(
    '文件不是完整的后续工作记录，或内容与签名不符。',
    'The file is not a whole follow-up record, or its content does not match its signature.',
  ),
  'followup-export-other-office': fixedWords(
    '此后续工作记录由另一个办公室身份签署。',
    'This follow-up record was signed by another office identity.',
  ),
  'followup-export-file-exists': fixedWords(
    '所选文件已存在，未覆盖。请另选文件名。',
    'The chosen file exists and was not replaced. Choose another name.',
  ),
};
