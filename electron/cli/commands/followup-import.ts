/**
 * The committee's signed files taken in by the office from the command line (issue 11, point 3):
 * the chair's result bundle of a round, the defense round opened from its signed shortlist, and
 * the committee's signed re-review of an objection. Each is verified before anything is recorded.
 */
import { readFile } from 'node:fs/promises';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';
import { ACT_HELP, actOptions } from './followup-args';
import { AppError } from '../../../shared/errors';

function handlerOf(values: Readonly<Record<string, unknown>>): string {
  const handler = typeof values['handler'] === 'string' ? values['handler'].trim() : '';
  if (!handler) throw new AppError('followup-handler-missing');
  return handler;
}

export const followupImportResult: Command = {
  words: ['followup', 'import-result'],
  summary: '导入并核验主任委员的评审结果包 / take in the chair’s result bundle',
  help: `用法: qbreview followup import-result 目录.qboffice 结果包.qbbundle [--round material] --handler 经办人
  逐级核验签名（结果包、各组合议包、每位专家的评审包），并与办公室案卷中的专家席位、案卷、轮次、
  评分标准核对；结果须恰好覆盖本轮全部申报经验。另一轮次的结果包视为重放，不予导入。
  --round ID   结果包所属的评审轮次，默认 material
${ACT_HELP}`,
  options: { ...actOptions, round: { type: 'string' } },
  async run(context, args) {
    const file = args.positionals[1];
    if (!file) throw usageError('需要结果包文件。');
    const handler = handlerOf(args.values);
    const roundId = stringOption(args, 'round') ?? 'material';
    const service = await openCaseFor(context, args);
    const shown = await service.importResultShown(await readFile(file), roundId, handler);
    const result = followUpState(shown.overview.record.followUp).results[roundId]!;
    const list = result.listKind === 'defense-shortlist' ? '入围答辩名单' : '初评名单';
    // The same file again: nothing recorded, and said so.
    if (shown.alreadyImported) context.say(`此结果包已导入 ${roundId}，未重复记录。`);
    context.say(
      `已导入并核验 ${roundId} 的结果包（${result.signer.role === 'chair' ? '主任委员' : '副主任委员代行'} ${result.signer.expertId} 签署）：${list} ${result.applicationIds.length} 项`,
    );
    context.say(`结果包 SHA-256 ${result.resultDigest}`);
    return {
      roundId,
      listKind: result.listKind,
      applicationIds: result.applicationIds,
      resultDigest: result.resultDigest,
      signer: result.signer,
      alreadyImported: shown.alreadyImported,
    };
  },
};

export const followupDefenseFromResult: Command = {
  words: ['followup', 'defense-from-result'],
  summary:
    '由已导入的入围答辩名单建立答辩评审轮次 / open the defense round from the signed shortlist',
  help: `用法: qbreview followup defense-from-result 目录.qboffice [--from material]
  使用已导入并核验的资料评审结果包中的入围答辩名单；之后受理答辩材料（qbreview intake）并封装。
  --from ID   资料评审轮次，默认 material
${IDENTITY_HELP}`,
  options: { ...identityOptions, from: { type: 'string' } },
  async run(context, args) {
    const service = await openCaseFor(context, args);
    const { overview, id } = await service.addDefenseRoundFromResult(
      stringOption(args, 'from') ?? 'material',
    );
    const round = overview.record.rounds.find((r) => r.round.id === id)!;
    context.say(`已建立答辩评审轮次 ${id}：${round.applicationIds.length} 项申报经验`);
    return { id, applications: round.applicationIds };
  },
};

export const followupImportReReview: Command = {
  words: ['followup', 'import-re-review'],
  summary: '导入评审委员会签署的异议复核 / take in the committee’s signed re-review',
  help: `用法: qbreview followup import-re-review 目录.qboffice 复核.qbrereview --handler 经办人
  核验主任委员（或代行的副主任委员）的签名与席位、所针对的结果包与异议，记录为该异议的审议结果。
${ACT_HELP}`,
  options: actOptions,
  async run(context, args) {
    const file = args.positionals[1];
    if (!file) throw usageError('需要复核文件。');
    const handler = handlerOf(args.values);
    const service = await openCaseFor(context, args);
    const { record } = await service.importReReview(await readFile(file), handler);
    const decided = followUpState(record.followUp).objections.filter((o) => o.reReview?.signedAct);
    const last = decided.at(-1)!;
    context.say(
      `已记录异议 ${last.received.objectionId} 的复核结果：${last.status === 'upheld' ? '异议成立' : '异议不成立'}`,
    );
    return { objectionId: last.received.objectionId, outcome: last.status };
  },
};
