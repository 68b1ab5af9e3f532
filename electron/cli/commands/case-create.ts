import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, createCaseFor, identityOptions } from '../office-access';
import { readPassphrase } from '../passphrase';

export const caseCreate: Command = {
  words: ['case', 'create'],
  summary: '创建办公室案卷（加密工作区） / create the office workspace for a year',
  help: `用法: qbreview case create 目录.qboffice --identity 办公室.qbid --year 2026
  --year YEAR                   评选年度 / selection year
  --with-passphrase             另设案卷口令（QBREVIEW_CASE_PASSPHRASE 或 --case-passphrase-file）
  --case-passphrase-file FILE   案卷口令文件 / case passphrase file
${IDENTITY_HELP}`,
  options: {
    ...identityOptions,
    year: { type: 'string' },
    'with-passphrase': { type: 'boolean' },
    'case-passphrase-file': { type: 'string' },
  },
  async run(context, args) {
    const [dir] = args.positionals;
    const year = Number(stringOption(args, 'year'));
    if (!dir) throw usageError('需要案卷目录。');
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw usageError('--year 须为年份，如 2026。');
    const casePassphraseFile = stringOption(args, 'case-passphrase-file');
    const record = await createCaseFor(context, args, {
      dir,
      year,
      passphrase: async () =>
        args.values['with-passphrase'] || casePassphraseFile
          ? readPassphrase(context.io, {
              file: casePassphraseFile,
              envVar: 'QBREVIEW_CASE_PASSPHRASE',
              prompt: '案卷口令',
              confirm: true,
            })
          : undefined,
    });
    context.say(`已创建 ${year} 年办公室案卷：${dir}`);
    return {
      dir,
      year,
      workspaceId: record.session.workspace.workspaceId,
      officeFingerprint: record.office.card.fingerprint,
    };
  },
};
