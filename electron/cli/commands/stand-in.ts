/**
 * 代行组长 from the command line (issue 10, point 4): for an application whose group leader is in
 * conflict with it, the office designates a member of the group to read its reviews instead;
 * sealing refuses until every such application has one. The panel screen does the same.
 */
import { standInNeeds } from '../../../shared/office/stand-ins';
import type { StandInNeed } from '../../../shared/office/stand-ins';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { AppError } from '../../../shared/errors';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command, ParsedArgs } from '../command';
import { IDENTITY_HELP, applicationIdsOf, identityOptions, openCaseFor } from '../office-access';

const problemWords: Readonly<Record<NonNullable<StandInNeed['problem']>, string>> = {
  'no-stand-in': '尚未指定，封装将被拒绝',
  'stand-in-not-member': '指定的代行组长已不是该组组员，封装将被拒绝',
  'stand-in-conflicted': '指定的代行组长也须回避，封装将被拒绝',
  'office-only': '除办公室外无人可阅',
};

function roundOf(args: ParsedArgs): string {
  return stringOption(args, 'round') ?? 'material';
}

function applicationOf(args: ParsedArgs, c: OfficeRecord): { id: string; no: string } {
  const key = stringOption(args, 'application');
  if (!key) throw usageError('需要 --application 申报编号。');
  const [id] = applicationIdsOf(c, [key]);
  return { id: id!, no: c.applications.find((a) => a.id === id)!.applicationNo };
}

/** Says every application needing a stand-in in the round, and returns them for --json. */
function sayNeeds(context: CommandContext, c: OfficeRecord, roundId: string) {
  const name = (id: string | undefined) =>
    id === undefined ? '' : `${c.experts.find((e) => e.id === id)?.name ?? id}（${id}）`;
  const needs = standInNeeds(c, roundId).map((need) => ({
    ...need,
    applicationNo: c.applications.find((a) => a.id === need.applicationId)?.applicationNo ?? '',
  }));
  if (needs.length === 0) context.say(`轮次 ${roundId}：没有组长须回避的申报经验，无须代行组长`);
  for (const need of needs) {
    const state =
      need.problem === undefined
        ? `代行组长 ${name(need.standInId)}`
        : `${need.standInId === undefined ? '' : `${name(need.standInId)}：`}${problemWords[need.problem]}`;
    const hint =
      need.problem === undefined || need.suggestedId === undefined
        ? ''
        : `；建议 ${name(need.suggestedId)}`;
    context.say(
      `  ${need.applicationNo}（${need.groupId}，组长 ${name(need.leaderId)} 须回避）：${state}${hint}`,
    );
  }
  return { roundId, needs };
}

const ROUND_HELP = '  --round ID          评审轮次（默认 material） / the round';

export const standInShow: Command = {
  words: ['stand-in', 'show'],
  summary: '列出须指定代行组长的申报经验 / list applications whose leader needs a stand-in',
  help: `用法: qbreview stand-in show 目录.qboffice [--round material]
  组长须回避某项申报经验时，由办公室从该组未回避的组员中指定代行组长阅评、主持合议。
${ROUND_HELP}
${IDENTITY_HELP}`,
  options: { ...identityOptions, round: { type: 'string' } },
  async run(context, args) {
    const record = await openCaseFor(context, args);
    return sayNeeds(context, await record.read(), roundOf(args));
  },
};

export const standInSet: Command = {
  words: ['stand-in', 'set'],
  summary: '指定代行组长 / designate the stand-in for a conflicted leader',
  help: `用法: qbreview stand-in set 目录.qboffice --application 申报编号 (--expert e03 | --suggested) [--round material]
  --application KEY   申报编号或编号 / the application
  --expert ID         该组未回避的组员 / a member of its group not in conflict
  --suggested         采用建议人选（代行最少的合格组员） / take the suggested member
${ROUND_HELP}
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    round: { type: 'string' },
    application: { type: 'string' },
    expert: { type: 'string' },
    suggested: { type: 'boolean' },
  },
  async run(context, args) {
    const roundId = roundOf(args);
    const given = stringOption(args, 'expert');
    if ((given === undefined) === (args.values.suggested !== true)) {
      throw usageError('需要 --expert 或 --suggested（二者选一）。');
    }
    const record = await openCaseFor(context, args);
    const c = await record.read();
    const application = applicationOf(args, c);
    let expertId = given;
    if (expertId === undefined) {
      const need = standInNeeds(c, roundId).find((n) => n.applicationId === application.id);
      expertId = need?.suggestedId;
      if (need === undefined) {
        const assigned = c.assignments.some(
          (a) => a.roundId === roundId && a.applicationId === application.id,
        );
        throw new AppError(assigned ? 'stand-in-not-needed' : 'stand-in-no-group', {
          applicationId: application.id,
        });
      }
      if (expertId === undefined) {
        throw usageError(`${application.no} 所在专业组没有未回避的组员可代行组长。`);
      }
    }
    const { record: next } = await record.setStandIn(roundId, application.id, expertId);
    const name = next.experts.find((e) => e.id === expertId)?.name ?? expertId;
    context.say(`${application.no}：由 ${name}（${expertId}）代行组长（轮次 ${roundId}）`);
    return { roundId, application: application.no, applicationId: application.id, expertId };
  },
};

export const standInClear: Command = {
  words: ['stand-in', 'clear'],
  summary: '取消代行组长 / remove a stand-in designation',
  help: `用法: qbreview stand-in clear 目录.qboffice --application 申报编号 [--round material]
${ROUND_HELP}
${IDENTITY_HELP}`,
  options: { ...identityOptions, round: { type: 'string' }, application: { type: 'string' } },
  async run(context, args) {
    const roundId = roundOf(args);
    const record = await openCaseFor(context, args);
    const application = applicationOf(args, await record.read());
    await record.clearStandIn(roundId, application.id);
    context.say(`${application.no}：已取消代行组长（轮次 ${roundId}）`);
    return { roundId, application: application.no, applicationId: application.id };
  },
};
