/**
 * 评分汇总表: a group's applications × members on A4 landscape, each member's total as submitted
 * (the deliberated total beside it where the group changed a score), 回避 or 缺 where there is
 * none, then the mean, the trimmed mean, the spread, the consensus score and the decision; the
 * group leader signs. A deliberate plaintext export (docs/security.md).
 */
import type { ScoreSummaryInput, SummaryCell } from '../../../shared/report/report-input';
import { formatPoints } from '../../../shared/report/report-words';
import { body, label, provenance, signatureLines, textCell, titleBlock } from './report-parts';
import { WORD_TEXT_WIDTH_LANDSCAPE, wordDocument } from './word-document';
import type { WordBlock, WordCell } from './word-document';

const SIZE = 19;

function cellText(c: SummaryCell): string {
  if (c.kind === 'recused') return '回避';
  if (c.kind === 'absent') return '缺';
  return c.deliberated === null
    ? formatPoints(c.total)
    : `${formatPoints(c.total)}→${formatPoints(c.deliberated)}`;
}

const points = (value: number | null): string => (value === null ? '' : formatPoints(value));

export function scoreSummaryBlocks(input: ScoreSummaryInput): WordBlock[] {
  const n = input.members.length;
  const fixed = { no: 600, appNo: 1100, stats: 3 * 800, consensus: 900, decision: 1150 };
  const fixedSum = fixed.no + fixed.appNo + fixed.stats + fixed.consensus + fixed.decision;
  // Each member's column as narrow as a total can be; the applicant takes what is left.
  const member =
    n === 0 ? 0 : Math.min(900, Math.floor((WORD_TEXT_WIDTH_LANDSCAPE - fixedSum - 2400) / n));
  const applicant = WORD_TEXT_WIDTH_LANDSCAPE - fixedSum - member * n;
  const columns = [
    fixed.no,
    fixed.appNo,
    applicant,
    ...input.members.map(() => member),
    800,
    800,
    800,
    fixed.consensus,
    fixed.decision,
  ];
  const head: WordCell[] = [
    label('序号', { size: SIZE }),
    label('申报编号', { size: SIZE }),
    label('申报单位\n经验名称', { size: SIZE }),
    ...input.members.map((m) => label(m.name, { size: SIZE })),
    label('平均分', { size: SIZE }),
    label('去最高\n最低平均', { size: SIZE }),
    label('极差', { size: SIZE }),
    label('合议得分', { size: SIZE }),
    label('合议结论', { size: SIZE }),
  ];
  const rows: WordCell[][] = [head];
  input.rows.forEach((row, index) => {
    rows.push([
      textCell(String(index + 1), { size: SIZE, center: true }),
      textCell(row.application.applicationNo, { size: SIZE }),
      {
        paragraphs: [
          { runs: [{ text: row.application.applicantName, size: SIZE }] },
          { runs: [{ text: row.application.experienceTitle, size: 17 }] },
        ],
      },
      ...row.cells.map((c) => textCell(cellText(c), { size: SIZE, center: true })),
      textCell(points(row.mean), { size: SIZE, center: true }),
      textCell(points(row.trimmedMean), { size: SIZE, center: true }),
      textCell(points(row.spread), { size: SIZE, center: true }),
      textCell(points(row.consensus), { size: SIZE, center: true, bold: true }),
      textCell(row.decisionLabel ?? '', { size: SIZE, center: true }),
    ]);
  });
  if (input.rows.length === 0) rows.push([textCell('无', { span: columns.length, center: true })]);
  return [
    ...titleBlock('评分汇总表', input.heading),
    { kind: 'table', columns, rows, headerRows: 1, keep: 'last-row' },
    body(
      '注：各专家得分为其签名提交的总分；“a→b”表示合议中经记录理由修正后的总分为 b；“回避”为声明或登记回避；“缺”为未评分（原因见评审意见表）。去最高最低平均自5份评分起计算。',
      { size: 18, before: 120, keepNext: true },
    ),
    ...signatureLines(['组长']),
    provenance(input.heading, '专业组合议包'),
  ];
}

export function scoreSummaryReport(input: ScoreSummaryInput): Promise<Uint8Array> {
  return wordDocument({
    title: `评分汇总表 ${input.heading.groupName ?? ''}`.trim(),
    creator: '质量标杆评审',
    blocks: scoreSummaryBlocks(input),
    pageNumbers: true,
    landscape: true,
  });
}
