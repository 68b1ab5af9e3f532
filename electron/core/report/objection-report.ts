/**
 * 异议处理记录 (Article 21): every objection of the public notice, one table each: the
 * application, who objected and when it was received, what and on what evidence, whether it was
 * admitted (a late one is not, with the reason), the office's investigation, the committee's
 * re-review and the outcome. The office's head signs, then the 主任委员 for the re-review.
 */
import type { ObjectionRecordInput, ReportObjection } from '../../../shared/report/report-input';
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

const LABEL = 2300;

function objectionTable(o: ReportObjection): WordBlock {
  const row = (name: string, value: string): WordCell[] => [
    label(name),
    cell(value.trim() === '' ? lines('（无）', { size: 21 }) : lines(value, { size: 21 })),
  ];
  return {
    kind: 'table',
    columns: [LABEL, WORD_TEXT_WIDTH - LABEL],
    keep: 'together',
    rows: [
      [label('申报编号'), textCell(o.application.applicationNo)],
      [label('申报单位'), textCell(o.application.applicantName)],
      [label('经验名称'), textCell(o.application.experienceTitle)],
      row('异议人', o.objector),
      row('收到日期', o.receivedOn),
      row('异议内容', o.content),
      row('证据材料', o.evidence),
      row('受理情况', o.admission),
      row('调查核实情况', o.investigation),
      row('评审委员会复核意见', o.reReview),
      row('处理结果', o.outcome),
    ],
  };
}

export function objectionRecordBlocks(input: ObjectionRecordInput): WordBlock[] {
  const blocks: WordBlock[] = [
    ...titleBlock('异议处理记录', input.heading),
    body(`公示期：${input.noticePeriod}`, { size: 21 }),
    body(`收到异议 ${input.objections.length} 件。`, { size: 21 }),
  ];
  if (input.objections.length === 0) blocks.push(body('公示期内未收到异议。', { before: 120 }));
  input.objections.forEach((o, i) => {
    blocks.push(heading(`异议 ${i + 1}（编号 ${o.number}）`));
    blocks.push(objectionTable(o));
  });
  blocks.push(...signatureLines(['办公室负责人', '主任委员']));
  blocks.push(provenance(input.heading, '办公室签署的记录'));
  return blocks;
}

export function objectionRecordReport(input: ObjectionRecordInput): Promise<Uint8Array> {
  return wordDocument({
    title: '异议处理记录',
    creator: '质量标杆评审',
    blocks: objectionRecordBlocks(input),
    pageNumbers: true,
  });
}
