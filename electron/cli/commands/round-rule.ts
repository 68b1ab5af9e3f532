/**
 * 表决规则 of a round from the command line (issue 11, point 1): the quorum and pass share its
 * groups' ballots are counted with, carried in every package of the round. Until the office sets
 * one, the round carries the default, two thirds each (shared/office/round-rule.ts).
 */
import { AppError } from '../../../shared/errors';
import type { Fraction } from '../../../shared/domain/deliberation';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { formatRuleShare, parseRuleShare, roundRuleOf } from '../../../shared/office/round-rule';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

function sayRule(context: CommandContext, c: OfficeRecord, roundId: string) {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  const isDefault = round.deliberationRule === undefined;
  const { quorum, pass } = roundRuleOf(round);
  context.say(
    `${round.round.name}的表决规则（${isDefault ? '默认' : '办公室设定'}）：到会须达有表决权成员的 ${formatRuleShare(quorum)}，赞成须达到会成员的 ${formatRuleShare(pass)}`,
  );
  return { roundId, isDefault, quorum, pass };
}

/** "2/3" (full-width digits too); a share that is not a fraction is a usage error. */
function shareOption(text: string | undefined, name: string): Fraction | undefined {
  if (text === undefined) return undefined;
  const share = parseRuleShare(text);
  if (share === null) throw usageError(`--${name} 须为分数，如 2/3。`);
  return share;
}

export const roundRuleCommand: Command = {
  words: ['round', 'rule'],
  summary: '查看或设置本轮表决规则 / show or set the round’s quorum and pass share',
  help: `用法: qbreview round rule 目录.qboffice [--round material] [--quorum A/B --pass A/B | --default]
  不带 --quorum/--pass/--default 时只显示。封装前可改；已封装的轮次不能再改。
  默认：到会须达有表决权成员（不含回避者）的 2/3，赞成须达到会成员的 2/3。
  --quorum A/B  到会比例（法定人数），须大于 1/2、不大于 1 / the quorum, above 1/2 and at most 1
  --pass A/B    通过比例，须大于 1/2、不大于 1 / the pass share, above 1/2 and at most 1
  --default     恢复默认规则 / go back to the default rule
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    round: { type: 'string' },
    quorum: { type: 'string' },
    pass: { type: 'string' },
    default: { type: 'boolean' },
  },
  async run(context, args) {
    const roundId = stringOption(args, 'round') ?? 'material';
    const quorum = shareOption(stringOption(args, 'quorum'), 'quorum');
    const pass = shareOption(stringOption(args, 'pass'), 'pass');
    const toDefault = args.values.default === true;
    if (toDefault && (quorum !== undefined || pass !== undefined)) {
      throw usageError('--default 不能与 --quorum/--pass 同用。');
    }
    const record = await openCaseFor(context, args);
    if (!toDefault && quorum === undefined && pass === undefined) {
      return sayRule(context, await record.read(), roundId);
    }
    let rule = null;
    if (!toDefault) {
      // A share not given keeps the round's current one.
      const round = (await record.read()).rounds.find((r) => r.round.id === roundId);
      if (!round) throw new AppError('round-not-found', { roundId });
      const current = roundRuleOf(round);
      rule = { quorum: quorum ?? current.quorum, pass: pass ?? current.pass };
    }
    const overview = await record.setRoundRule(roundId, rule);
    return sayRule(context, overview.record, roundId);
  },
};
