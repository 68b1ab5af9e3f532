/**
 * 征求意见、现场核查、公示 from the command line (Articles 20–21; issue 11, point 3): each an act
 * of the office's follow-up record, with who and when.
 */
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { stringOption } from '../command';
import type { Command } from '../command';
import { applicationIdsOf } from '../office-access';
import { usageError } from '../cli-error';
import {
  ACT_HELP,
  actOptions,
  applicationOption,
  dateOption,
  recordAct,
  requiredDate,
  requiredText,
} from './followup-args';

export const followupConsult: Command = {
  words: ['followup', 'consult'],
  summary: '记录报工信部科技司征求意见 / record the consultation with the ministry',
  help: `用法: qbreview followup consult 目录.qboffice --sent 日期 [--replied 日期] [--notes 文字] --handler 经办人
  第二十条：初评名单由办公室报工信部科技司征求意见。再次记录即更新（两次都留档）。
  --sent 日期      报送日期 / sent on
  --replied 日期   收到反馈意见的日期 / reply received on
  --notes 文字     反馈意见摘要 / notes
${ACT_HELP}`,
  options: {
    ...actOptions,
    sent: { type: 'string' },
    replied: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(context, args) {
    const sentOn = requiredDate(args, 'sent', '报送日期');
    const { seq } = await recordAct(context, args, () => ({
      kind: 'consultation',
      sentOn,
      repliedOn: dateOption(args, 'replied') ?? null,
      notes: stringOption(args, 'notes') ?? '',
    }));
    context.say(`已记录第 ${seq} 项：${formatChineseDate(sentOn)} 报工信部科技司征求意见`);
    return { seq };
  },
};

export const followupSiteCheck: Command = {
  words: ['followup', 'site-check'],
  summary: '记录现场核查 / record an on-site check',
  help: `用法: qbreview followup site-check 目录.qboffice --application 申报编号 --from 日期 [--to 日期] --inspectors 人员 [--notes 文字] --handler 经办人
${ACT_HELP}`,
  options: {
    ...actOptions,
    application: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    inspectors: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(context, args) {
    const from = requiredDate(args, 'from', '核查日期');
    const { seq } = await recordAct(context, args, (c) => ({
      kind: 'on-site-check',
      applicationId: applicationOption(args, c),
      from,
      to: dateOption(args, 'to') ?? from,
      inspectors: requiredText(args, 'inspectors', '核查人员'),
      notes: stringOption(args, 'notes') ?? '',
    }));
    context.say(`已记录第 ${seq} 项：${formatChineseDate(from)} 现场核查`);
    return { seq };
  },
};

export const followupNotice: Command = {
  words: ['followup', 'notice'],
  summary: '发布公示名单（不含分数），计算公示期 / publish the notice list and its period',
  help: `用法: qbreview followup notice 目录.qboffice 申报编号… --start 日期 [--channels 文字] [--first-day-excluded] --handler 经办人
  第二十一条：公示期为10个工作日，按国家法定节假日和调休计算；公示名单不含分数。
  --start 日期             公示开始日期 / first day of the notice
  --channels 文字          公示渠道 / where it is published
  --first-day-excluded     开始当日不计入（默认当日为工作日时计入） / start counting the next day
${ACT_HELP}`,
  options: {
    ...actOptions,
    start: { type: 'string' },
    channels: { type: 'string' },
    'first-day-excluded': { type: 'boolean' },
  },
  async run(context, args) {
    const keys = args.positionals.slice(1);
    if (keys.length === 0) throw usageError('需要公示名单中的申报编号。');
    const start = requiredDate(args, 'start', '公示开始日期');
    const { record, seq } = await recordAct(context, args, (c) => ({
      kind: 'notice-published',
      applicationIds: applicationIdsOf(c, keys),
      start,
      firstDayCounts: args.values['first-day-excluded'] !== true,
      channels:
        stringOption(args, 'channels') ??
        '中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号',
    }));
    const notice = followUpState(record.followUp).notice!;
    context.say(
      `已记录第 ${seq} 项：公示 ${notice.applicationIds.length} 项，自 ${formatChineseDate(start)} 起，${formatChineseDate(notice.lastDay)} 届满（10个工作日）`,
    );
    return { seq, start, lastDay: notice.lastDay, applicationIds: notice.applicationIds };
  },
};
