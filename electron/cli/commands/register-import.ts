import { usageError } from '../cli-error';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

export const registerImport: Command = {
  words: ['register', 'import'],
  summary: '导入网上申报系统导出的申报登记表（CSV/XLSX） / import the application register',
  help: `用法: qbreview register import 目录.qboffice 登记表.csv|.xlsx --identity 办公室.qbid
  列：申报编号、申报单位全称、经验名称、推荐单位，及可选的遴选范围、重点领域、是否中小企业、所属行业、所在地区。
  CSV 可为 UTF-8 或 GBK（中文版 Excel 导出）。登记表在独立的进程中读取，压缩炸弹等异常文件会被拒收。
  推荐单位按案卷中本年度的推荐单位名录匹配（见 qbreview units），与应用程序一致。
${IDENTITY_HELP}`,
  options: identityOptions,
  async run(context, args) {
    const file = args.positionals[1];
    if (!args.positionals[0]) throw usageError('需要办公室案卷目录（.qboffice）。');
    if (!file) throw usageError('需要登记表文件。');
    const report = await (await openCaseFor(context, args)).importRegister({ path: file });
    context.say(`读取 ${report.rows} 行，导入 ${report.imported} 项`);
    for (const row of report.skipped) {
      context.say(`  第 ${row.rowNumber} 行：${row.problems.map((p) => p.message).join('；')}`);
    }
    for (const m of report.nameMismatches) {
      context.say(
        `  单位名称不一致 ${m.applicationNo}：登记表“${m.register}”，压缩包“${m.archive}”`,
      );
    }
    if (report.registerOnly.length > 0)
      context.say(`  尚未收到压缩包：${report.registerOnly.join('、')}`);
    if (report.archiveOnly.length > 0)
      context.say(`  登记表中没有：${report.archiveOnly.join('、')}`);
    return report;
  },
};
