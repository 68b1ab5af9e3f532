import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { RecommendingUnitSchema } from '../../../shared/domain/recommending-unit';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { importRegisterIntoCase } from '../../core/office/office-register';
import { RegisterFileError } from '../../core/register/register-file-error';
import { CliError, usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

export const registerImport: Command = {
  words: ['register', 'import'],
  summary: '导入网上申报系统导出的申报登记表（CSV/XLSX） / import the application register',
  help: `用法: qbreview register import 目录.qboffice 登记表.csv|.xlsx --identity 办公室.qbid
  列：申报编号、申报单位全称、经验名称、推荐单位，及可选的遴选范围、重点领域、是否中小企业、所属行业、所在地区。
  CSV 可为 UTF-8 或 GBK（中文版 Excel 导出）。
  --units FILE   本年度推荐单位名录（JSON 数组）；默认为《通知》附件2名录
${IDENTITY_HELP}`,
  options: { ...identityOptions, units: { type: 'string' } },
  async run(context, args) {
    const file = args.positionals[1];
    if (!file) throw usageError('需要登记表文件。');
    const unitsFile = stringOption(args, 'units');
    const units = unitsFile
      ? z.array(RecommendingUnitSchema).parse(JSON.parse(await readFile(unitsFile, 'utf8')))
      : recommendingUnits2021;
    const { session } = await openCaseFor(context, args);
    try {
      const report = await importRegisterIntoCase(session, file, units);
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
    } catch (error) {
      if (error instanceof RegisterFileError) throw new CliError(error.message);
      throw error;
    }
  },
};
