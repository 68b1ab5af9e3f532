/**
 * 异议 from the command line (Article 21; issue 11, point 3): taken in within the notice period
 * (a late one is refused with objection-late), investigated, referred to the committee, and its
 * re-review outcome recorded. Each is an act of the office's follow-up record, with who and when.
 */
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { ReReviewOutcomeSchema } from '../../../shared/office/followup/followup-acts';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { usageError } from '../cli-error';
import { listOption, stringOption } from '../command';
import type { Command, ParsedArgs } from '../command';
import {
  ACT_HELP,
  actOptions,
  applicationOption,
  recordAct,
  requiredDate,
  requiredText,
} from './followup-args';

function objectionOf(args: ParsedArgs): string {
  return requiredText(args, 'objection', '异议编号（如 o001）');
}

export const followupObjection: Command = {
  words: ['followup', 'objection'],
  summary: '受理公示期内的异议（逾期不予受理） / take in an objection within the notice period',
  help: `用法: qbreview followup objection 目录.qboffice --application 申报编号 --objector 异议人 --content 异议内容 --received 日期 [--organisation 单位] [--contact 联系方式] [--evidence 证据…] [--via 方式] --handler 经办人
  收到日期晚于公示期最后一日的异议不予受理（objection-late）。
${ACT_HELP}`,
  options: {
    ...actOptions,
    application: { type: 'string' },
    objector: { type: 'string' },
    organisation: { type: 'string' },
    contact: { type: 'string' },
    content: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    received: { type: 'string' },
    via: { type: 'string' },
  },
  async run(context, args) {
    const receivedOn = requiredDate(args, 'received', '收到日期');
    const { record, seq } = await recordAct(context, args, (c) => ({
      kind: 'objection-received',
      applicationId: applicationOption(args, c),
      objector: {
        name: requiredText(args, 'objector', '异议人'),
        organisation: stringOption(args, 'organisation') ?? '',
        contact: stringOption(args, 'contact') ?? '',
      },
      content: requiredText(args, 'content', '异议内容'),
      evidence: listOption(args, 'evidence'),
      receivedOn,
      via: stringOption(args, 'via') ?? '',
    }));
    const objection = followUpState(record.followUp).objections.at(-1)!.received;
    context.say(
      `已记录第 ${seq} 项：受理异议 ${objection.objectionId}（${formatChineseDate(receivedOn)} 收到）`,
    );
    return { seq, objectionId: objection.objectionId };
  },
};

export const followupInvestigate: Command = {
  words: ['followup', 'investigate'],
  summary: '记录异议的调查核实情况 / record the investigation of an objection',
  help: `用法: qbreview followup investigate 目录.qboffice --objection o001 --on 日期 --findings 调查核实情况 --handler 经办人
${ACT_HELP}`,
  options: {
    ...actOptions,
    objection: { type: 'string' },
    on: { type: 'string' },
    findings: { type: 'string' },
  },
  async run(context, args) {
    const objectionId = objectionOf(args);
    const { seq } = await recordAct(context, args, () => ({
      kind: 'objection-investigated',
      objectionId,
      on: requiredDate(args, 'on', '核实日期'),
      findings: requiredText(args, 'findings', '调查核实情况'),
    }));
    context.say(`已记录第 ${seq} 项：异议 ${objectionId} 调查核实`);
    return { seq };
  },
};

export const followupRefer: Command = {
  words: ['followup', 'refer'],
  summary: '将异议报评审委员会审议 / refer an objection to the committee',
  help: `用法: qbreview followup refer 目录.qboffice --objection o001 --on 日期 --handler 经办人
${ACT_HELP}`,
  options: { ...actOptions, objection: { type: 'string' }, on: { type: 'string' } },
  async run(context, args) {
    const objectionId = objectionOf(args);
    const { seq } = await recordAct(context, args, () => ({
      kind: 'objection-referred',
      objectionId,
      on: requiredDate(args, 'on', '报送日期'),
    }));
    context.say(`已记录第 ${seq} 项：异议 ${objectionId} 报评审委员会审议`);
    return { seq };
  },
};

export const followupReReview: Command = {
  words: ['followup', 're-review'],
  summary: '记录评审委员会对异议的审议结果 / record the committee re-review outcome',
  help: `用法: qbreview followup re-review 目录.qboffice --objection o001 --outcome upheld|dismissed --decided 日期 --member 专家编号 [--notes 文字] --handler 经办人
  --outcome upheld      异议成立 / upheld
  --outcome dismissed   异议不成立 / dismissed
  --member ID           签署的主任委员或副主任委员 / the chair or vice-chair who signed
${ACT_HELP}`,
  options: {
    ...actOptions,
    objection: { type: 'string' },
    outcome: { type: 'string' },
    decided: { type: 'string' },
    member: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(context, args) {
    const objectionId = objectionOf(args);
    const outcome = ReReviewOutcomeSchema.safeParse(stringOption(args, 'outcome'));
    if (!outcome.success)
      throw usageError('--outcome 须为 upheld（异议成立）或 dismissed（异议不成立）。');
    const { seq } = await recordAct(context, args, () => ({
      kind: 'objection-re-reviewed',
      objectionId,
      outcome: outcome.data,
      decidedOn: requiredDate(args, 'decided', '审议日期'),
      committeeMemberId: requiredText(args, 'member', '主任委员或副主任委员的专家编号'),
      notes: stringOption(args, 'notes') ?? '',
    }));
    context.say(
      `已记录第 ${seq} 项：异议 ${objectionId} ${outcome.data === 'upheld' ? '异议成立' : '异议不成立'}`,
    );
    return { seq };
  },
};
