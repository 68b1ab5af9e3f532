/**
 * 入围答辩名单, 初评名单 and 公示名单 as Word documents on A4 landscape: the same table of
 * strings the CSV and XLSX files carry (shared/report/list-table.ts), so the three cannot
 * disagree. 公示名单 has no score column (its rows carry none). The committee's lists are signed by
 * the 主任委员; the notice list by the office.
 */
import { listTable } from '../../../shared/report/list-table';
import type { ListReportInput } from '../../../shared/report/report-input';
import { listTitles, PUBLIC_NOTICE_CONFIDENTIAL_LINE } from '../../../shared/report/report-words';
import { body, label, provenance, signatureLines, textCell, titleBlock } from './report-parts';
import { WORD_TEXT_WIDTH_LANDSCAPE, wordDocument } from './word-document';
import type { WordBlock, WordCell } from './word-document';

/** Column widths by heading; the applicant and the title share what is left. */
const FIXED: Readonly<Record<string, number>> = {
  排名: 650,
  序号: 650,
  申报编号: 1300,
  专业组: 1500,
  得分: 1000,
  结论: 1200,
  未入选原因: 2300,
};
const CENTRED = new Set(['排名', '序号', '得分', '结论']);

export function listReportBlocks(input: ListReportInput): WordBlock[] {
  const table = listTable(input);
  const fixed = table.columns.reduce((sum, c) => sum + (FIXED[c] ?? 0), 0);
  const flexible = table.columns.filter((c) => FIXED[c] === undefined).length;
  const share = Math.floor((WORD_TEXT_WIDTH_LANDSCAPE - fixed) / flexible);
  const columns = table.columns.map((c) => FIXED[c] ?? share);
  const rows: WordCell[][] = [
    table.columns.map((c) => label(c)),
    ...table.rows.map((row) =>
      row.map((value, i) => textCell(value, { center: CENTRED.has(table.columns[i]!) })),
    ),
  ];
  if (table.rows.length === 0) rows.push([textCell('无', { span: columns.length, center: true })]);
  const isNotice = input.kind === 'public-notice';
  return [
    ...titleBlock(listTitles[input.kind], input.heading, {
      ...(isNotice ? { confidential: PUBLIC_NOTICE_CONFIDENTIAL_LINE } : {}),
    }),
    ...(input.note === undefined ? [] : [body(input.note, { size: 21 })]),
    { kind: 'table', columns, rows, headerRows: 1, keep: 'last-row' },
    body(`共 ${table.rows.length} 项。`, { size: 21, before: 120, keepNext: true }),
    ...signatureLines(isNotice ? ['办公室负责人'] : ['主任委员']),
    provenance(input.heading, isNotice ? '办公室记录中的公示名单' : '评审委员会签署的评审结果包'),
  ];
}

export function listReport(input: ListReportInput): Promise<Uint8Array> {
  return wordDocument({
    title: listTitles[input.kind],
    creator: '质量标杆评审',
    blocks: listReportBlocks(input),
    pageNumbers: true,
    landscape: true,
  });
}
