import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { RecommendingUnitSchema } from '../../../shared/domain/recommending-unit';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { storeRegister } from '../../core/office/office-register';
import { importRegister } from '../../core/register/import-register';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

/** The units file, checked; a message of our own words, never the schema library's. */
async function readUnits(file: string): Promise<readonly RecommendingUnit[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    throw usageError('--units 文件不是有效的 JSON。/ The --units file is not valid JSON.');
  }
  const units = z.array(RecommendingUnitSchema).safeParse(parsed);
  if (!units.success) {
    throw usageError(
      '--units 文件须为推荐单位名录：JSON 数组，每项含 id、name、kind 等字段。/ The --units file must be a JSON array of recommending units.',
    );
  }
  return units.data;
}

export const registerImport: Command = {
  words: ['register', 'import'],
  summary: '导入网上申报系统导出的申报登记表（CSV/XLSX） / import the application register',
  help: `用法: qbreview register import 目录.qboffice 登记表.csv|.xlsx --identity 办公室.qbid
  列：申报编号、申报单位全称、经验名称、推荐单位，及可选的遴选范围、重点领域、是否中小企业、所属行业、所在地区。
  CSV 可为 UTF-8 或 GBK（中文版 Excel 导出）。登记表在独立的进程中读取，压缩炸弹等异常文件会被拒收。
  --units FILE   本年度推荐单位名录（JSON 数组）；默认为《通知》附件2名录
${IDENTITY_HELP}`,
  options: { ...identityOptions, units: { type: 'string' } },
  async run(context, args) {
    const file = args.positionals[1];
    if (!args.positionals[0]) throw usageError('需要办公室案卷目录（.qboffice）。');
    if (!file) throw usageError('需要登记表文件。');
    const unitsFile = stringOption(args, 'units');
    const units = unitsFile ? await readUnits(unitsFile) : recommendingUnits2021;
    // The file is read (in the isolated worker) before the case is opened: a file that cannot
    // be a register, a zip bomb among them, is refused without unlocking anything.
    const table = await importRegister({ path: file }, units);
    const { session } = await openCaseFor(context, args);
    const report = await storeRegister(session, table);
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
