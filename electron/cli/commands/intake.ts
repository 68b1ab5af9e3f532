import { intakeIntoCase } from '../../core/office/office-intake';
import type { OfficeIntakeReport } from '../../core/office/office-intake';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';
import { readPassphrase } from '../passphrase';

export const intake: Command = {
  words: ['intake'],
  summary: '导入申报压缩包或文件夹 / take in application archives or folders',
  help: `用法: qbreview intake 目录.qboffice 压缩包或文件夹… --identity 办公室.qbid
  压缩包以“申报编号+申报单位全称”命名（RAR、ZIP、7z 或文件夹）；重复导入不会产生重复材料。
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
    const { session } = await openCaseFor(context, args);
    const passwordFile = stringOption(args, 'archive-password-file');
    const password =
      args.values['archive-password'] || passwordFile
        ? await readPassphrase(context.io, {
            file: passwordFile,
            envVar: 'QBREVIEW_ARCHIVE_PASSWORD',
            prompt: '压缩包密码',
          })
        : undefined;
    const reports: OfficeIntakeReport[] = [];
    for (const input of inputs) {
      const report = await intakeIntoCase(session, input, {
        ...(password === undefined ? {} : { password }),
        ...(receivedAt === undefined ? {} : { receivedAt: new Date(receivedAt).toISOString() }),
      });
      reports.push(report);
      const head = report.refused
        ? '未导入'
        : `新增材料 ${report.added} 份，已有 ${report.duplicates} 份`;
      context.say(
        `${report.sourceName}：${report.applicationNo ?? '?'} ${report.applicantName ?? ''} ${head}`,
      );
      for (const problem of report.problems) context.say(`  [${problem.label}] ${problem.message}`);
    }
    return { reports };
  },
};
