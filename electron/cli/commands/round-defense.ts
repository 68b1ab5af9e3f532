import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, applicationIdsOf, identityOptions, openCaseFor } from '../office-access';

export const roundDefense: Command = {
  words: ['round', 'defense'],
  summary: '由资料评审入围名单建立答辩评审轮次 / open the defense round from the shortlist',
  help: `用法: qbreview round defense 目录.qboffice 申报编号… --identity 办公室.qbid [--from material] [--id defense]
  入围的申报经验连同材料与分组一并转入答辩评审，使用答辩评分标准（占位默认值，可修改）。
  --from ID   资料评审轮次，默认 material / the material round
  --id ID     新轮次编号，默认 defense（已有则 defense-N） / id of the new round
${IDENTITY_HELP}`,
  options: { ...identityOptions, from: { type: 'string' }, id: { type: 'string' } },
  async run(context, args) {
    const shortlist = args.positionals.slice(1);
    if (shortlist.length === 0) throw usageError('需要入围答辩的申报编号。');
    const given = stringOption(args, 'id');
    const record = await openCaseFor(context, args);
    const { overview, id } = await record.addDefenseRound({
      materialRoundId: stringOption(args, 'from') ?? 'material',
      shortlist: applicationIdsOf(await record.read(), shortlist),
      ...(given === undefined ? {} : { id: given }),
    });
    const round = overview.record.rounds.find((r) => r.round.id === id)!;
    context.say(
      `已建立答辩评审轮次 ${id}：${round.applicationIds.length} 项申报经验，材料 ${round.materialIds.length} 份`,
    );
    return { id, applications: round.applicationIds.length, materials: round.materialIds.length };
  },
};
