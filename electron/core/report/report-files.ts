/**
 * Every report of an input set as named files, built one at a time when written (a round of 250
 * applications is 250 opinion forms): a group's 评审意见表 per application, 评分汇总表 and 投票记录;
 * each list as Word, CSV and XLSX; 异议处理记录.
 */
import type { GroupReports } from '../../../shared/report/group-reports';
import { listTable } from '../../../shared/report/list-table';
import type { ListReportInput, ObjectionRecordInput } from '../../../shared/report/report-input';
import {
  CONFIDENTIAL_LINE,
  listTitles,
  PUBLIC_NOTICE_CONFIDENTIAL_LINE,
} from '../../../shared/report/report-words';
import { groupOpinionReport } from './group-opinion-report';
import { listCsv } from './list-csv';
import { listReport } from './list-report';
import { objectionRecordReport } from './objection-report';
import {
  applicationFileName,
  groupFileName,
  reportFolderStem,
  uniqueNames,
} from './report-file-names';
import { scoreSummaryReport } from './score-summary-report';
import { voteRecordReport } from './vote-record-report';
import { xlsxList } from './xlsx-workbook';

export interface ReportFile {
  /** A plain file name, no folder: report-file-names.ts makes it (names, never an applicant's). */
  readonly name: string;
  readonly build: () => Promise<Uint8Array>;
}

function named(files: readonly ReportFile[]): ReportFile[] {
  const names = uniqueNames(files.map((f) => f.name));
  return files.map((f, i) => ({ name: names[i]!, build: f.build }));
}

/**
 * A group's reports: one 评审意见表 per application (评审意见表-<申报编号>.docx), then
 * 评分汇总表-<专业组>.docx and 投票记录-<专业组>.docx, the group named as the reports' headings
 * name it (the reader's case), its id when the case does not.
 */
export function groupReportFiles(groupId: string, reports: GroupReports): ReportFile[] {
  const group = { name: reports.summary.heading.groupName ?? groupId, id: groupId };
  return named([
    ...reports.opinions.map((input) => ({
      name: applicationFileName('评审意见表', input.application, '.docx'),
      build: () => groupOpinionReport(input),
    })),
    {
      name: groupFileName('评分汇总表', group, '.docx'),
      build: () => scoreSummaryReport(reports.summary),
    },
    {
      name: groupFileName('投票记录', group, '.docx'),
      build: () => voteRecordReport(reports.votes),
    },
  ]);
}

/**
 * The folder of one group's reports: 评审报告-<轮次名称>-<专业组名称>, the round and the group
 * named as the reports' headings name them, their ids when the case does not name them.
 */
export function groupReportsFolderStem(
  roundId: string,
  groupId: string,
  reports: GroupReports,
): string {
  const { roundName, groupName } = reports.summary.heading;
  return reportFolderStem(
    '评审报告',
    { name: roundName, id: roundId },
    { name: groupName ?? groupId, id: groupId },
  );
}

/** A list as Word, CSV and XLSX: the same table in each. */
export function listReportFiles(input: ListReportInput): ReportFile[] {
  const title = listTitles[input.kind];
  const table = listTable(input);
  const h = input.heading;
  const about = [
    `${h.year}年全国质量标杆遴选 ${title}`,
    `评审轮次：${h.roundName}`,
    `案卷：${h.caseId}`,
    ...(input.note === undefined ? [] : [input.note]),
    input.kind === 'public-notice' ? PUBLIC_NOTICE_CONFIDENTIAL_LINE : CONFIDENTIAL_LINE,
    `导出日期：${h.printedOn}`,
  ];
  return named([
    { name: `${title}.docx`, build: () => listReport(input) },
    { name: `${title}.csv`, build: async () => listCsv(table) },
    { name: `${title}.xlsx`, build: () => xlsxList({ sheetName: title, table, about }) },
  ]);
}

export function objectionReportFiles(input: ObjectionRecordInput): ReportFile[] {
  return [{ name: '异议处理记录.docx', build: () => objectionRecordReport(input) }];
}
