import { formatPackagePassphrase } from '../../../shared/security/package-passphrase';
import type { SealReport } from '../../core/office/office-seal';
import type { OfficeService } from '../../core/office/office-service';
import { assertSlipsFolderApart } from '../../core/office/passphrase-slips';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command, OptionSpec, ParsedArgs } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

const PASSPHRASE_HELP = `  --with-passphrases         每个案卷包另加一个随机口令（32 位数字），仅在此显示一次
  --slips DIR                把每人的口令单（Word，明文）写入此文件夹；须与 --out 不同`;

const sealOptions: OptionSpec = {
  ...identityOptions,
  round: { type: 'string' },
  out: { type: 'string' },
  'with-passphrases': { type: 'boolean' },
  slips: { type: 'string' },
};

/** Prints the report (passphrases once) and writes the slips when asked. */
async function finish(
  context: CommandContext,
  args: ParsedArgs,
  record: OfficeService,
  report: SealReport,
) {
  for (const p of report.packages) {
    context.say(
      `已封装 ${p.file}：${p.name}（${p.fingerprint}）第 ${p.sequence} 份，申报 ${p.applicationIds.length} 项，材料 ${p.materials} 份`,
    );
    if (p.passphrase !== undefined) {
      context.say(`  口令（仅显示一次）：${formatPackagePassphrase(p.passphrase)}`);
    }
  }
  for (const w of report.warnings) context.say(`提醒：${w.message}`);
  context.say(`办公室签名指纹（请告知专家核对）：${record.office.card.fingerprint}`);
  const slipsDir = stringOption(args, 'slips');
  let slips: string[] = [];
  if (slipsDir !== undefined) {
    slips = await record.writeSlips(slipsDir);
    context.say(`已写入口令单 ${slips.length} 份（明文，请与案卷包分开传递）：${slipsDir}`);
  }
  return {
    ...report,
    packages: report.packages.map((p) =>
      p.passphrase === undefined ? p : { ...p, passphrase: formatPackagePassphrase(p.passphrase) },
    ),
    slips,
  };
}

function requiredOut(args: ParsedArgs): string {
  const out = stringOption(args, 'out');
  if (!out) throw usageError('需要 --out 指定输出目录。');
  const slips = stringOption(args, 'slips');
  if (slips !== undefined) {
    if (!args.values['with-passphrases']) {
      throw usageError('--slips 需要与 --with-passphrases 一起使用。');
    }
    // Before anything is sealed: a refusal afterwards would leave packages without slips.
    assertSlipsFolderApart(slips, out);
  }
  return out;
}

export const caseSeal: Command = {
  words: ['case', 'seal'],
  summary: '为每位专家封装签名加密的案卷包 / seal one package per expert',
  help: `用法: qbreview case seal 目录.qboffice --identity 办公室.qbid --out 输出目录 [--round material]
  --round ID                 评审轮次，默认 material / the round, material by default
  --out DIR                  输出目录：每人一个 <专家编号>.qbcase / one package per person
${PASSPHRASE_HELP}
${IDENTITY_HELP}`,
  options: sealOptions,
  async run(context, args) {
    const out = requiredOut(args);
    const record = await openCaseFor(context, args);
    const report = await record.seal({
      roundId: stringOption(args, 'round') ?? 'material',
      outDir: out,
      withPassphrases: args.values['with-passphrases'] === true,
    });
    return finish(context, args, record, report);
  },
};

export const caseReissue: Command = {
  words: ['case', 'reissue'],
  summary: '为一位专家重新签发案卷包 / issue one person’s package again',
  help: `用法: qbreview case reissue 目录.qboffice --expert e02 --out 输出目录 --identity 办公室.qbid [--round material] [--note 说明]
  按案卷当前内容（如新登记的回避、替换的专家）为一人封装新的案卷包，序号加一；其他人的案卷包不变。
  --expert ID                专家编号 / the expert
  --note TEXT                原因（口令单遗失、新发现的回避……） / why
${PASSPHRASE_HELP}
${IDENTITY_HELP}`,
  options: { ...sealOptions, expert: { type: 'string' }, note: { type: 'string' } },
  async run(context, args) {
    const out = requiredOut(args);
    const expertId = stringOption(args, 'expert');
    if (!expertId) throw usageError('需要 --expert 指定专家编号。');
    const note = stringOption(args, 'note');
    const record = await openCaseFor(context, args);
    const report = await record.reissue({
      roundId: stringOption(args, 'round') ?? 'material',
      outDir: out,
      expertId,
      withPassphrases: args.values['with-passphrases'] === true,
      ...(note === undefined ? {} : { note }),
    });
    return finish(context, args, record, report);
  },
};

export const caseRestore: Command = {
  words: ['case', 'restore'],
  summary: '确认从备份恢复较旧的案卷状态 / accept an older state restored from backup',
  help: `用法: qbreview case restore 目录.qboffice --generation N --identity 办公室.qbid
  本机记得每个案卷见过的最高版本号，较旧的状态（例如同步盘的历史版本覆盖了当前文件）会被拒绝。
  确需从备份恢复时，用本命令明确接受文件夹中的第 N 版：恢复记录写入本机与案卷本身，
  案卷随即以高于以往的版本号重新保存。
  --generation N   文件夹中现有状态的版本号（打开时的错误信息会给出） / the generation found`,
  options: { ...identityOptions, generation: { type: 'string' } },
  async run(context, args) {
    const generation = Number(stringOption(args, 'generation'));
    if (!Number.isSafeInteger(generation) || generation < 0) {
      throw usageError('--generation 须为非负整数（打开案卷时的错误信息给出了文件夹中的版本号）。');
    }
    const { workspace } = (await openCaseFor(context, args, generation)).session;
    const restored = workspace.restored;
    if (restored === null) {
      context.say(`案卷状态不旧于本机所见，无需恢复（当前第 ${workspace.generation()} 版）。`);
      return { restored: false, generation: workspace.generation() };
    }
    context.say(
      `已接受第 ${restored.accepted} 版（本机曾见第 ${restored.previousHighest} 版），并已记录；案卷现为第 ${workspace.generation()} 版。`,
    );
    return { restored: true, ...restored, generation: workspace.generation() };
  },
};
