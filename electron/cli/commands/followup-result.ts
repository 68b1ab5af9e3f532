/**
 * 经中国质量协会批准 and 结果公告 from the command line (Article 22), the office's working-day
 * table for a year (放假安排), and the defense round's order and absences: acts of the office's
 * follow-up record, with who and when.
 */
import {
  formatChineseDate,
  parseChineseDate,
} from '../../../shared/office/followup/chinese-date-text';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { proposedFinalList } from '../../../shared/office/followup/followup-rules';
import { AppError } from '../../../shared/errors';
import { usageError } from '../cli-error';
import { listOption, stringOption } from '../command';
import type { Command } from '../command';
import { applicationIdsOf } from '../office-access';
import {
  ACT_HELP,
  actOptions,
  applicationOption,
  recordAct,
  requiredDate,
  requiredText,
} from './followup-args';

export const followupApprove: Command = {
  words: ['followup', 'approve'],
  summary: '记录中国质量协会批准遴选结果 / record the association approval',
  help: `用法: qbreview followup approve 目录.qboffice --approved 日期 [--reference 文号] [--notes 文字] --handler 经办人
  第二十二条：遴选结果经中国质量协会批准后公告。须在公示期届满、全部异议审议完毕之后。
${ACT_HELP}`,
  options: {
    ...actOptions,
    approved: { type: 'string' },
    reference: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(context, args) {
    const approvedOn = requiredDate(args, 'approved', '批准日期');
    const { seq } = await recordAct(context, args, () => ({
      kind: 'approval',
      approvedOn,
      reference: stringOption(args, 'reference') ?? '',
      notes: stringOption(args, 'notes') ?? '',
    }));
    context.say(`已记录第 ${seq} 项：${formatChineseDate(approvedOn)} 经中国质量协会批准`);
    return { seq };
  },
};

export const followupFinal: Command = {
  words: ['followup', 'final'],
  summary: '发布结果公告 / publish the final list',
  help: `用法: qbreview followup final 目录.qboffice [申报编号…] --published 日期 [--channels 文字] --handler 经办人
  不列申报编号时，公告名单为公示名单去掉异议成立的申报经验。公告后记录完结。
${ACT_HELP}`,
  options: { ...actOptions, published: { type: 'string' }, channels: { type: 'string' } },
  async run(context, args) {
    const keys = args.positionals.slice(1);
    const publishedOn = requiredDate(args, 'published', '公告日期');
    const { record, seq } = await recordAct(context, args, (c) => ({
      kind: 'final-list',
      applicationIds:
        keys.length > 0 ? applicationIdsOf(c, keys) : proposedFinalList(followUpState(c.followUp)),
      publishedOn,
      channels:
        stringOption(args, 'channels') ?? '中国质量协会网站、工信部网站、全国质量标杆微信公众号',
    }));
    const list = followUpState(record.followUp).finalList!;
    context.say(`已记录第 ${seq} 项：结果公告 ${list.applicationIds.length} 项`);
    return { seq, applicationIds: list.applicationIds };
  },
};

/** "2027年1月1日=元旦" or "2027-01-01". */
function calendarDay(text: string, work: boolean) {
  const [datePart = '', name = ''] = text.split(/[=＝]/);
  const date = parseChineseDate(datePart);
  if (date === null) throw new AppError('followup-date-unreadable');
  return { date, work, name: name.trim() };
}

export const followupCalendar: Command = {
  words: ['followup', 'calendar'],
  summary: '录入或更正某年的节假日和调休上班日 / enter a year’s holidays and adjusted working days',
  help: `用法: qbreview followup calendar 目录.qboffice --year 2027 [--holiday 日期[=名称]…] [--workday 日期[=名称]…] --handler 经办人
  按国务院办公厅公布的放假安排录入；所列日期取代内置数据，其余日期按内置数据（无内置数据时按周一至周五）计算。
  再次录入同一年即整体替换该年的表（每次都留档）。
${ACT_HELP}`,
  options: {
    ...actOptions,
    year: { type: 'string' },
    holiday: { type: 'string', multiple: true },
    workday: { type: 'string', multiple: true },
  },
  async run(context, args) {
    const year = Number(stringOption(args, 'year'));
    if (!Number.isInteger(year)) throw usageError('需要 --year 年份。');
    const days = [
      ...listOption(args, 'holiday').map((d) => calendarDay(d, false)),
      ...listOption(args, 'workday').map((d) => calendarDay(d, true)),
    ].sort((a, b) => a.date.localeCompare(b.date));
    const { seq } = await recordAct(context, args, () => ({
      kind: 'calendar-year',
      table: { year, days },
    }));
    context.say(`已记录第 ${seq} 项：${year} 年工作日历 ${days.length} 天`);
    return { seq, year, days };
  },
};

export const followupDefenseOrder: Command = {
  words: ['followup', 'defense-order'],
  summary: '记录答辩顺序 / record the presentation order of the defense round',
  help: `用法: qbreview followup defense-order 目录.qboffice 申报编号… [--round defense] --handler 经办人
  须恰好列出本轮全部申报经验，按答辩先后排列。
${ACT_HELP}`,
  options: { ...actOptions, round: { type: 'string' } },
  async run(context, args) {
    const keys = args.positionals.slice(1);
    if (keys.length === 0) throw usageError('需要按答辩顺序排列的申报编号。');
    const roundId = stringOption(args, 'round') ?? 'defense';
    const { seq } = await recordAct(context, args, (c) => ({
      kind: 'defense-order',
      roundId,
      applicationIds: applicationIdsOf(c, keys),
    }));
    context.say(`已记录第 ${seq} 项：${roundId} 答辩顺序 ${keys.length} 项`);
    return { seq };
  },
};

export const followupAbsence: Command = {
  words: ['followup', 'absence'],
  summary: '记录缺席答辩 / record an applicant absent from its defense',
  help: `用法: qbreview followup absence 目录.qboffice --application 申报编号 --reason 原因 [--round defense] --handler 经办人
${ACT_HELP}`,
  options: {
    ...actOptions,
    application: { type: 'string' },
    reason: { type: 'string' },
    round: { type: 'string' },
  },
  async run(context, args) {
    const roundId = stringOption(args, 'round') ?? 'defense';
    const { seq } = await recordAct(context, args, (c) => ({
      kind: 'defense-absence',
      roundId,
      applicationId: applicationOption(args, c),
      reason: requiredText(args, 'reason', '缺席原因'),
    }));
    context.say(`已记录第 ${seq} 项：缺席答辩`);
    return { seq };
  },
};
