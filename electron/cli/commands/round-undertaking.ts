/**
 * 保密承诺 of a round from the command line (issue 10, point 1): the text every package of the
 * round carries and every expert signs before the first application opens. Until the office
 * words its own, the round carries the default drawn from Article 15 (shared/office/undertaking.ts).
 */
import { readFile } from 'node:fs/promises';
import { undertakingOf } from '../../../shared/office/undertaking';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { AppError } from '../../../shared/errors';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

function sayUndertaking(context: CommandContext, c: OfficeRecord, roundId: string) {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  const isDefault = round.undertaking === undefined;
  const text = undertakingOf(round);
  context.say(`${round.round.name}的保密承诺（${isDefault ? '默认文本' : '办公室修改的文本'}）：`);
  context.say(text);
  return { roundId, isDefault, text };
}

export const roundUndertakingShow: Command = {
  words: ['round', 'undertaking', 'show'],
  summary: '查看本轮保密承诺 / show the round’s confidentiality undertaking',
  help: `用法: qbreview round undertaking show 目录.qboffice [--round material]
${IDENTITY_HELP}`,
  options: { ...identityOptions, round: { type: 'string' } },
  async run(context, args) {
    const record = await openCaseFor(context, args);
    return sayUndertaking(context, await record.read(), stringOption(args, 'round') ?? 'material');
  },
};

export const roundUndertakingSet: Command = {
  words: ['round', 'undertaking', 'set'],
  summary: '设置本轮保密承诺 / set the round’s confidentiality undertaking',
  help: `用法: qbreview round undertaking set 目录.qboffice (--file 承诺.txt | --default) [--round material]
  封装前可改；已封装的轮次不能再改。专家在打开第一项申报经验前签署此文本（第十五条）。
  --file PATH   UTF-8 文本文件 / a UTF-8 text file with the undertaking
  --default     恢复默认文本 / go back to the default text
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    round: { type: 'string' },
    file: { type: 'string' },
    default: { type: 'boolean' },
  },
  async run(context, args) {
    const file = stringOption(args, 'file');
    const toDefault = args.values.default === true;
    if ((file === undefined) === !toDefault)
      throw usageError('需要 --file 或 --default（二者选一）。');
    let text: string | null = null;
    if (file !== undefined) {
      const bytes = await readFile(file);
      text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
      if (text.includes('\uFFFD')) throw usageError('承诺文件须为 UTF-8 文本。');
    }
    const roundId = stringOption(args, 'round') ?? 'material';
    const record = await openCaseFor(context, args);
    const overview = await record.setUndertaking(roundId, text);
    return sayUndertaking(context, overview.record, roundId);
  },
};
