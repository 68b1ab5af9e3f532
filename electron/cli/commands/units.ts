/**
 * 推荐单位名录 of the record's year, kept in the record itself: the app's units screen and these
 * commands edit the same list, and the register import and the quotas read it.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { recommendingUnitQuota } from '../../../shared/domain/recommending-unit';
import { RecommendingUnitSchema } from '../../../shared/domain/recommending-unit';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { OfficeOverview } from '../../../shared/office/office-views';
import type { OfficeService } from '../../core/office/office-service';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

/** The units file, checked; a message of our own words, never the schema library's. */
async function readUnits(file: string): Promise<readonly RecommendingUnit[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    throw usageError('名录文件不是有效的 JSON。/ The units file is not valid JSON.');
  }
  const units = z.array(RecommendingUnitSchema).min(1).max(500).safeParse(parsed);
  if (!units.success) {
    throw usageError(
      '名录文件须为推荐单位名录：JSON 数组，每项含 id、name、kind、ranOwnBenchmarkActivity。/ The units file must be a JSON array of recommending units.',
    );
  }
  return units.data;
}

/** Says the list and returns it: what the units screen shows. */
function sayUnits(context: CommandContext, overview: OfficeOverview) {
  const isDefault = overview.record.units === undefined;
  context.say(
    `${overview.record.year} 年推荐单位名录：共 ${overview.units.length} 家（${isDefault ? '《通知》附件2名录，未修改' : '已由办公室修改'}）`,
  );
  for (const unit of overview.units) {
    context.say(`  ${unit.id} ${unit.name}  名额 ${recommendingUnitQuota(unit)} 项`);
  }
  return { year: overview.record.year, isDefault, units: overview.units };
}

/** A units command that takes only the record: it opens it, acts, and says the list. */
function recordUnitsCommand(
  verb: string,
  summary: string,
  act: (record: OfficeService) => Promise<OfficeOverview>,
): Command {
  return {
    words: ['units', verb],
    summary,
    help: `用法: qbreview units ${verb} 目录.qboffice --identity 办公室.qbid
${IDENTITY_HELP}`,
    options: identityOptions,
    async run(context, args) {
      return sayUnits(context, await act(await openCaseFor(context, args)));
    },
  };
}

export const unitsShow = recordUnitsCommand(
  'show',
  '查看案卷的推荐单位名录 / show the record’s recommending units',
  (record) => record.overview(),
);

export const unitsSet: Command = {
  words: ['units', 'set'],
  summary: '以名录文件替换案卷的推荐单位名录 / replace the record’s recommending units',
  help: `用法: qbreview units set 目录.qboffice 名录.json --identity 办公室.qbid
  名录文件：JSON 数组，每项 {"id":"u01","name":"北京市经济和信息化局","kind":"region","ranOwnBenchmarkActivity":false}。
  名录存于案卷中：名额核对与登记表匹配（命令行与应用程序）都按它进行。
${IDENTITY_HELP}`,
  options: identityOptions,
  async run(context, args) {
    const file = args.positionals[1];
    if (!args.positionals[0]) throw usageError('需要办公室案卷目录（.qboffice）。');
    if (!file) throw usageError('需要名录文件（JSON）。');
    // The file is checked before anything is unlocked.
    const units = await readUnits(file);
    return sayUnits(context, await (await openCaseFor(context, args)).setUnits(units));
  },
};

export const unitsReset = recordUnitsCommand(
  'reset',
  '恢复《通知》附件2名录 / back to Attachment 2 of the notice',
  (record) => record.resetUnits(),
);
