import { sealRound, SealingBlockedError } from '../../core/office/office-seal';
import { CliError, usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';
import { readPassphrase } from '../passphrase';

export const caseSeal: Command = {
  words: ['case', 'seal'],
  summary: '为每位专家封装签名加密的案卷包 / seal one package per expert',
  help: `用法: qbreview case seal 目录.qboffice --identity 办公室.qbid --out 输出目录 [--round material]
  --round ID                      评审轮次，默认 material / the round, material by default
  --out DIR                       输出目录：每人一个 <专家编号>.qbcase / one package per person
  --with-passphrase               另加口令（QBREVIEW_PACKAGE_PASSPHRASE 或 --package-passphrase-file）
  --package-passphrase-file FILE  案卷包口令文件
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    round: { type: 'string' },
    out: { type: 'string' },
    'with-passphrase': { type: 'boolean' },
    'package-passphrase-file': { type: 'string' },
  },
  async run(context, args) {
    const out = stringOption(args, 'out');
    if (!out) throw usageError('需要 --out 指定输出目录。');
    const { session, office } = await openCaseFor(context, args);
    const passphraseFile = stringOption(args, 'package-passphrase-file');
    const passphrase =
      args.values['with-passphrase'] || passphraseFile
        ? await readPassphrase(context.io, {
            file: passphraseFile,
            envVar: 'QBREVIEW_PACKAGE_PASSPHRASE',
            prompt: '案卷包口令',
            confirm: true,
          })
        : undefined;
    try {
      const report = await sealRound(session, {
        office,
        roundId: stringOption(args, 'round') ?? 'material',
        outDir: out,
        ...(passphrase === undefined ? {} : { passphrase }),
      });
      for (const p of report.packages) {
        context.say(
          `已封装 ${p.file}：${p.name}（${p.fingerprint}）申报 ${p.applicationIds.length} 项，材料 ${p.materials} 份`,
        );
      }
      for (const w of report.warnings) context.say(`提醒：${w.message}`);
      context.say(`办公室签名指纹（请告知专家核对）：${office.card.fingerprint}`);
      return report;
    } catch (error) {
      if (error instanceof SealingBlockedError) throw new CliError(error.message);
      throw error;
    }
  },
};
