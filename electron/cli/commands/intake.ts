import { stat } from 'node:fs/promises';
import type { OfficeIntakeReport } from '../../core/office/office-intake';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import type { CommandContext } from '../cli-io';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';
import { readPassphrase } from '../passphrase';

/** Every input is there before anything is imported: a typo stops nothing half-way. */
async function checkInputs(inputs: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const input of inputs) {
    try {
      await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      missing.push(input);
    }
  }
  if (missing.length > 0) {
    throw usageError(`找不到：${missing.join('、')}；未导入任何内容。`);
  }
}

function say(context: CommandContext, report: OfficeIntakeReport): void {
  const head = report.refused
    ? '未导入'
    : `新增材料 ${report.added} 份，已有 ${report.duplicates} 份`;
  const volumes =
    report.sourceNames.length > 1 ? `（分卷 ${report.sourceNames.length} 个，一并导入）` : '';
  context.say(
    `${report.sourceName}${volumes}：${report.applicationNo ?? '?'} ${report.applicantName ?? ''} ${head}`,
  );
  for (const problem of report.problems) context.say(`  [${problem.label}] ${problem.message}`);
}

export const intake: Command = {
  words: ['intake'],
  summary: '导入申报压缩包或文件夹 / take in application archives or folders',
  help: `用法: qbreview intake 目录.qboffice 压缩包或文件夹… --identity 办公室.qbid
  压缩包以“申报编号+申报单位全称”命名（RAR、ZIP、7z 或文件夹）；重复导入不会产生重复材料。
  分卷 RAR（名称.part1.rar、名称.part2.rar…或 名称.rar、名称.r00…）须在同一条命令中给出全部分卷。
  每个压缩包各自导入：一个被拒收，不影响其他压缩包。
  --archive-password      压缩包有密码：读 QBREVIEW_ARCHIVE_PASSWORD 或 --archive-password-file
  --archive-password-file FILE
  --received-at ISO       收到时间（邮件时间），默认为现在 / when the archive arrived
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    'archive-password': { type: 'boolean' },
    'archive-password-file': { type: 'string' },
    'received-at': { type: 'string' },
  },
  async run(context, args) {
    const inputs = args.positionals.slice(1);
    if (inputs.length === 0) throw usageError('需要至少一个压缩包或文件夹。');
    const receivedAt = stringOption(args, 'received-at');
    if (receivedAt !== undefined && Number.isNaN(Date.parse(receivedAt))) {
      throw usageError('--received-at 须为 ISO 时间，如 2026-06-20T10:00:00+08:00。');
    }
    await checkInputs(inputs);
    const record = await openCaseFor(context, args);
    const passwordFile = stringOption(args, 'archive-password-file');
    const password =
      args.values['archive-password'] || passwordFile
        ? await readPassphrase(context.io, {
            file: passwordFile,
            envVar: 'QBREVIEW_ARCHIVE_PASSWORD',
            prompt: '压缩包密码',
          })
        : undefined;
    const reports = await record.intake(
      inputs.map((path) => ({ path })),
      {
        ...(password === undefined ? {} : { password }),
        ...(receivedAt === undefined ? {} : { receivedAt: new Date(receivedAt).toISOString() }),
      },
      // Said as each archive is stored: a later failure loses no earlier report.
      (report) => say(context, report),
    );
    return { reports };
  },
};
