/** The office's panel set-up from the command line: experts, groups, committee, assignments. */
import { readFile } from 'node:fs/promises';
import { ConflictKindSchema } from '../../../shared/domain/conflict';
import { ExpertRoleSchema } from '../../../shared/domain/expert';
import { usageError } from '../cli-error';
import { listOption, stringOption } from '../command';
import type { Command, ParsedArgs } from '../command';
import { IDENTITY_HELP, applicationIdsOf, identityOptions, openCaseFor } from '../office-access';

function required(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (!value) throw usageError(`需要 --${name}。`);
  return value;
}

function commaList(args: ParsedArgs, name: string): string[] {
  return listOption(args, name)
    .flatMap((value) => value.split(/[,，、]/))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export const expertAdd: Command = {
  words: ['expert', 'add'],
  summary: '按身份卡登记专家 / register an expert from an identity card',
  help: `用法: qbreview expert add 目录.qboffice 身份卡.json --id e01 --fingerprint ABCD-EFGH-JKMN-PQRS --role member --fields 卓越绩效,六西格玛 --industries 汽车
  身份卡须由本人签名；--fingerprint 是专家当面、电话或另一渠道告知的指纹，与身份卡不符即拒绝登记。
  --id ID            专家编号（1–32 位字母、数字、_ 或 -） / expert id
  --fingerprint FP   专家告知的指纹 / the fingerprint the expert read out
  --role ROLE        member | leader | chair | vice-chair
  --region REGION    所在地区（默认取身份卡） / region (from the card by default)
  --fields LIST      专业领域，逗号分隔 / fields of expertise
  --industries LIST  熟悉行业，逗号分隔 / industries
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    id: { type: 'string' },
    fingerprint: { type: 'string' },
    role: { type: 'string' },
    region: { type: 'string' },
    fields: { type: 'string', multiple: true },
    industries: { type: 'string', multiple: true },
  },
  async run(context, args) {
    const cardFile = args.positionals[1];
    if (!cardFile) throw usageError('需要身份卡文件。');
    const role = ExpertRoleSchema.safeParse(stringOption(args, 'role') ?? 'member');
    if (!role.success) throw usageError('--role 须为 member、leader、chair 或 vice-chair。');
    const fingerprint = stringOption(args, 'fingerprint');
    if (!fingerprint) throw usageError('需要 --fingerprint：专家当面或电话告知的指纹。');
    const region = stringOption(args, 'region');
    const id = required(args, 'id');
    const cardText = await readFile(cardFile, 'utf8');
    const record = await openCaseFor(context, args);
    const overview = await record.registerExpert(cardText, {
      id,
      role: role.data,
      fingerprint,
      ...(region === undefined ? {} : { region }),
      fields: commaList(args, 'fields'),
      industries: commaList(args, 'industries'),
    });
    // The card as registered: its self-signature held and its fingerprint matched.
    const card = overview.record.experts.find((e) => e.id === id)!.card!;
    context.say(
      `已登记专家 ${id}：${card.name}（${card.organisation}${card.region ? `，${card.region}` : ''}），身份卡自签名有效，指纹 ${card.fingerprint} 与告知的一致`,
    );
    return { id, name: card.name, fingerprint: card.fingerprint };
  },
};

export const groupSet: Command = {
  words: ['group', 'set'],
  summary: '设置专业组：组长与组员 / set a group, its leader and members',
  help: `用法: qbreview group set 目录.qboffice --id g1 --name 第一组 --leader e01 --members e02,e03
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    id: { type: 'string' },
    name: { type: 'string' },
    leader: { type: 'string' },
    members: { type: 'string', multiple: true },
  },
  async run(context, args) {
    const group = {
      id: required(args, 'id'),
      name: required(args, 'name'),
      leaderId: required(args, 'leader'),
      memberIds: commaList(args, 'members'),
    };
    await (await openCaseFor(context, args)).setGroup(group);
    context.say(
      `已设置专业组 ${group.id}（${group.name}）：组长 ${group.leaderId}，组员 ${group.memberIds.join('、')}`,
    );
    return group;
  },
};

export const committeeSet: Command = {
  words: ['committee', 'set'],
  summary: '指定主任委员、副主任委员 / appoint the chair and vice-chair',
  help: `用法: qbreview committee set 目录.qboffice --chair e09 [--vice-chair e10]
${IDENTITY_HELP}`,
  options: { ...identityOptions, chair: { type: 'string' }, 'vice-chair': { type: 'string' } },
  async run(context, args) {
    const viceChairId = stringOption(args, 'vice-chair');
    const committee = { chairId: required(args, 'chair'), ...(viceChairId ? { viceChairId } : {}) };
    await (await openCaseFor(context, args)).setCommittee(committee);
    context.say(`主任委员 ${committee.chairId}${viceChairId ? `，副主任委员 ${viceChairId}` : ''}`);
    return committee;
  },
};

export const roundInclude: Command = {
  words: ['round', 'include'],
  summary: '确定进入评审的申报经验 / set the applications a round reviews',
  help: `用法: qbreview round include 目录.qboffice [--round material] (--passing | 申报编号…)
  --passing   所有形式审查通过的申报经验（第十八条） / all that passed the formal check
${IDENTITY_HELP}`,
  options: { ...identityOptions, round: { type: 'string' }, passing: { type: 'boolean' } },
  async run(context, args) {
    const keys = args.positionals.slice(1);
    if (!args.values.passing && keys.length === 0) throw usageError('需要 --passing 或申报编号。');
    const roundId = stringOption(args, 'round') ?? 'material';
    const record = await openCaseFor(context, args);
    const { record: next } = args.values.passing
      ? await record.includePassing(roundId)
      : await record.setRoundApplications(roundId, applicationIdsOf(await record.read(), keys));
    const count = next.rounds.find((r) => r.round.id === roundId)?.applicationIds.length ?? 0;
    context.say(`轮次 ${roundId}：${count} 项申报经验`);
    return { roundId, applications: count };
  },
};

export const assign: Command = {
  words: ['assign'],
  summary: '把申报经验分配给专业组 / assign an application to a group',
  help: `用法: qbreview assign 目录.qboffice --application 申报编号 --group g1 [--round material]
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    application: { type: 'string' },
    group: { type: 'string' },
    round: { type: 'string' },
  },
  async run(context, args) {
    const key = required(args, 'application');
    const groupId = required(args, 'group');
    const roundId = stringOption(args, 'round') ?? 'material';
    const record = await openCaseFor(context, args);
    const [applicationId] = applicationIdsOf(await record.read(), [key]);
    await record.assign({ roundId, applicationId: applicationId!, groupId });
    context.say(`${key} → ${groupId}（轮次 ${roundId}）`);
    return { roundId, application: key, groupId };
  },
};

export const conflictAdd: Command = {
  words: ['conflict', 'add'],
  summary: '记录利益冲突（回避） / record a conflict of interest',
  help: `用法: qbreview conflict add 目录.qboffice --expert e02 --application 申报编号 --kind KIND [--reason 说明]
  --kind  ${ConflictKindSchema.options.join(' | ')}
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    expert: { type: 'string' },
    application: { type: 'string' },
    kind: { type: 'string' },
    reason: { type: 'string' },
  },
  async run(context, args) {
    const kind = ConflictKindSchema.safeParse(required(args, 'kind'));
    if (!kind.success)
      throw usageError(`--kind 须为 ${ConflictKindSchema.options.join('、')} 之一。`);
    const expertId = required(args, 'expert');
    const key = required(args, 'application');
    const reason = stringOption(args, 'reason');
    const record = await openCaseFor(context, args);
    const [applicationId] = applicationIdsOf(await record.read(), [key]);
    await record.addConflict({
      expertId,
      applicationId: applicationId!,
      kind: kind.data,
      ...(reason ? { reason } : {}),
    });
    context.say(`已记录回避：${expertId} 不参与 ${key}`);
    return { expertId, application: key, kind: kind.data };
  },
};
