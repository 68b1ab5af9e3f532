/**
 * 评审意见表（专业组合议）: one application as its group deliberated it (Articles 19 and 20):
 * every member's scores by criterion and total as submitted (frozen), the deliberated total where
 * a score was changed, the statistics with the dropped highest and lowest named, the deviation
 * warnings with each member's explanation, the score changes with their reasons, every member's
 * comments, the discussion, the ballots and dissents, the consensus score and opinion and the
 * decision; the chair signs. A deliberate plaintext export (docs/security.md).
 */
import type { GroupOpinionInput } from '../../../shared/report/report-input';
import { formatDeviation, formatPoints } from '../../../shared/report/report-words';
import {
  body,
  cell,
  heading,
  label,
  lines,
  provenance,
  signatureLines,
  textCell,
  titleBlock,
} from './report-parts';
import { WORD_TEXT_WIDTH, wordDocument } from './word-document';
import type { WordBlock, WordCell } from './word-document';

const LABEL = 1700;

function factsTable(input: GroupOpinionInput): WordBlock {
  const row = (name: string, value: string): WordCell[] => [
    label(name),
    textCell(value, { size: 24 }),
  ];
  return {
    kind: 'table',
    columns: [LABEL, WORD_TEXT_WIDTH - LABEL],
    rows: [
      row('申报编号', input.application.applicationNo),
      row('申报单位', input.application.applicantName),
      row('经验名称', input.application.experienceTitle),
      row('主持合议', `${input.chair.name}（${input.chair.roleLabel}）`),
    ],
  };
}

function scoreTable(input: GroupOpinionInput): WordBlock {
  const fixed = [1150, 700, 950, 850, 1500];
  const rest = WORD_TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / Math.max(1, input.criteria.length));
  const criteriaWidths = input.criteria.map((_, i) =>
    i === input.criteria.length - 1 ? rest - each * (input.criteria.length - 1) : each,
  );
  const columns = [fixed[0]!, fixed[1]!, ...criteriaWidths, fixed[2]!, fixed[3]!, fixed[4]!];
  const head: WordCell[] = [
    label('专家'),
    label('身份'),
    ...input.criteria.map((c) =>
      label(`（${c.numeral}）${c.title}\n${formatPoints(c.maxPoints)}分`),
    ),
    label(`总分\n${formatPoints(input.maxTotal)}分`),
    label('合议后'),
    label('推荐意见'),
  ];
  const rows: WordCell[][] = [head];
  for (const r of input.reviews) {
    rows.push([
      textCell(r.name),
      textCell(r.roleLabel, { center: true }),
      ...input.criteria.map((c) =>
        textCell(formatPoints(r.criteria[c.criterionId] ?? 0), { center: true }),
      ),
      textCell(formatPoints(r.total), { center: true, bold: true }),
      textCell(r.deliberatedTotal === null ? '' : formatPoints(r.deliberatedTotal), {
        center: true,
      }),
      textCell(r.recommendationLabel + (r.noDiscussionNeeded ? '（无需讨论）' : '')),
    ]);
  }
  if (input.reviews.length === 0) {
    rows.push([textCell('无有效评分', { span: columns.length, center: true })]);
  }
  return { kind: 'table', columns, rows, headerRows: 1 };
}

function statisticsLine(input: GroupOpinionInput): string {
  const s = input.statistics;
  if (s === null) return '无有效评分。';
  const trimmed =
    s.dropped === null
      ? `评分不足5份，不去掉最高分和最低分`
      : `去掉一个最高分（${s.dropped.highest}）和一个最低分（${s.dropped.lowest}）后平均分 ${formatPoints(s.trimmedMean)}`;
  return `有效评分 ${s.count} 份；平均分 ${formatPoints(s.mean)}；${trimmed}；最高分 ${formatPoints(s.max)}，最低分 ${formatPoints(s.min)}，极差 ${formatPoints(s.spread)}。`;
}

function deviationTable(input: GroupOpinionInput): WordBlock {
  const columns = [1100, 1900, 700, 900, 1100, WORD_TEXT_WIDTH - 5700];
  const rows: WordCell[][] = [
    ['专家', '项目', '得分', '组平均', '偏离', '偏离说明'].map((t) => label(t)),
  ];
  for (const d of input.deviations) {
    rows.push([
      textCell(d.name),
      textCell(d.scopeLabel),
      textCell(formatPoints(d.score), { center: true }),
      textCell(formatPoints(d.mean), { center: true }),
      textCell(formatDeviation(d.relativeDeviation), { center: true }),
      cell(
        d.explanation === null
          ? lines('（未记录说明）', { size: 21 })
          : lines(d.explanation, { size: 21 }),
      ),
    ]);
  }
  return { kind: 'table', columns, rows, headerRows: 1 };
}

function changeTable(input: GroupOpinionInput): WordBlock {
  const columns = [1100, 2800, 700, 900, WORD_TEXT_WIDTH - 5500];
  const rows: WordCell[][] = [
    ['专家', '评分要点', '原分', '修正后', '修正理由'].map((t) => label(t)),
  ];
  for (const c of input.scoreChanges) {
    rows.push([
      textCell(c.name),
      textCell(c.partLabel),
      textCell(formatPoints(c.from), { center: true }),
      textCell(formatPoints(c.to), { center: true }),
      textCell(c.reason),
    ]);
  }
  return { kind: 'table', columns, rows, headerRows: 1 };
}

function commentTables(input: GroupOpinionInput): WordBlock[] {
  return input.reviews.map((r) => {
    const row = (name: string, value: string): WordCell[] => [
      label(name),
      cell(lines(value, { size: 21 })),
    ];
    return {
      kind: 'table' as const,
      columns: [2700, WORD_TEXT_WIDTH - 2700],
      keep: 'together' as const,
      rows: [
        [label(`${r.name}（${r.roleLabel}）  总分 ${formatPoints(r.total)}`, { span: 2 })],
        ...r.comments.map((c) => row(c.label, c.text)),
        row('主要优点', r.strengths),
        row('不足', r.weaknesses),
        row('改进建议', r.suggestions),
      ],
    };
  });
}

function conclusionTable(input: GroupOpinionInput): WordBlock {
  const row = (name: string, value: WordCell): WordCell[] => [label(name), value];
  return {
    kind: 'table',
    columns: [LABEL, WORD_TEXT_WIDTH - LABEL],
    thick: true,
    keep: 'together',
    rows: [
      row(
        '合议得分',
        textCell(
          input.consensus === null
            ? '（未记录）'
            : `${formatPoints(input.consensus.score)}（满分 ${formatPoints(input.maxTotal)}）`,
          { size: 24, bold: true },
        ),
      ),
      row('合议意见', cell(lines(input.consensus?.opinion ?? '（未记录）'))),
      row('合议结论', textCell(input.decisionLabel ?? '（尚未作出）', { size: 24, bold: true })),
    ],
  };
}

/** The report's blocks in page order (tested as data; wordDocument writes them). */
export function groupOpinionBlocks(input: GroupOpinionInput): WordBlock[] {
  const blocks: WordBlock[] = [
    ...titleBlock('评审意见表', input.heading, { subtitle: '（专业组合议）' }),
    factsTable(input),
    heading('一、各专家评分（按提交时冻结）'),
    scoreTable(input),
    body(statisticsLine(input), { size: 21, before: 60 }),
  ];
  if (input.recused.length > 0) {
    blocks.push(
      body(`回避：${input.recused.map((r) => `${r.name}（${r.reason}）`).join('；')}`, {
        size: 21,
      }),
    );
  }
  if (input.absent.length > 0) {
    blocks.push(
      body(`缺席或未评：${input.absent.map((a) => `${a.name}（${a.reason}）`).join('；')}`, {
        size: 21,
      }),
    );
  }
  blocks.push(heading('二、偏离提示及说明'));
  blocks.push(input.deviations.length === 0 ? body('无偏离提示。') : deviationTable(input));
  blocks.push(heading('三、合议中的分值修正'));
  blocks.push(input.scoreChanges.length === 0 ? body('无。') : changeTable(input));
  blocks.push(heading('四、各专家评语'));
  if (input.reviews.length === 0) blocks.push(body('无。'));
  for (const [i, table] of commentTables(input).entries()) {
    if (i > 0) blocks.push({ kind: 'paragraph', runs: [], after: 120 });
    blocks.push(table);
  }
  blocks.push(heading('五、合议过程'));
  if (input.discussionSkipped)
    blocks.push(body('全体未回避专家均标注“无需讨论”，本申报未经讨论。'));
  for (const note of input.notes) blocks.push(body(`讨论记录：${note}`));
  if (!input.discussionSkipped && input.notes.length === 0) blocks.push(body('讨论记录：无。'));
  for (const ballot of input.ballots) blocks.push(body(`表决：${ballot}`));
  if (input.ballots.length === 0) blocks.push(body('表决：未表决。'));
  for (const d of input.dissents) blocks.push(body(`不同意见（${d.name}）：${d.reasons}`));
  blocks.push(heading('六、合议意见与结论'));
  blocks.push(conclusionTable(input));
  blocks.push(...signatureLines([input.chair.roleLabel === '组长' ? '组长' : '代行组长']));
  blocks.push(provenance(input.heading, '专业组合议包中签署的评审意见与合议记录'));
  return blocks;
}

export function groupOpinionReport(input: GroupOpinionInput): Promise<Uint8Array> {
  return wordDocument({
    title: `评审意见表（专业组合议） ${input.application.applicationNo}`,
    creator: input.chair.name,
    blocks: groupOpinionBlocks(input),
    pageNumbers: true,
  });
}
