/**
 * A list (入围答辩名单, 初评名单, 公示名单) as one table of strings: the columns and the rows the
 * Word report, the CSV and the XLSX all print, so the three files cannot disagree. 公示名单 has no
 * score column and no cut reason: its rows carry none (report-input.ts), and its columns name none.
 */
import type { ListReportInput } from './report-input';
import { formatPoints } from './report-words';

export interface ListTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function listTable(input: ListReportInput): ListTable {
  if (input.kind === 'public-notice') {
    return {
      columns: ['序号', '申报编号', '申报单位', '经验名称', '专业组'],
      rows: input.rows.map((row) => [
        String(row.rank),
        row.application.applicationNo,
        row.application.applicantName,
        row.application.experienceTitle,
        row.groupName,
      ]),
    };
  }
  return {
    columns: ['排名', '申报编号', '申报单位', '经验名称', '专业组', '得分', '结论', '未入选原因'],
    rows: input.rows.map((row) => [
      row.rank === null ? '' : String(row.rank),
      row.application.applicationNo,
      row.application.applicantName,
      row.application.experienceTitle,
      row.groupName,
      row.score === null ? '' : formatPoints(row.score),
      row.decisionLabel,
      row.cutReason ?? '',
    ]),
  };
}
