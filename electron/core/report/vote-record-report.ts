/**
 * 投票记录: every ballot round of a group, per application (Articles 19 and 20): the rule the
 * votes were counted with, who could vote, then each round: the proposal, 记名 with each member's
 * vote or 无记名 with the counts only (as from paper ballots), the counts against the quorum and
 * the pass line, the outcome; and the dissents with their reasons. The leader signs.
 */
import type { ReportBallot, VoteRecordInput } from '../../../shared/report/report-input';
import {
  body,
  cell,
  heading,
  label,
  lines,
  para,
  provenance,
  signatureLines,
  text,
  textCell,
  titleBlock,
} from './report-parts';
import { WORD_TEXT_WIDTH, wordDocument } from './word-document';
import type { WordBlock, WordCell } from './word-document';

const COLUMNS = [900, 1300, 900, 2800, 1100, WORD_TEXT_WIDTH - 7000];

function ballotRows(b: ReportBallot): WordCell[] {
  const votes =
    b.mode === 'open'
      ? b.votes.map((v) => `${v.name}：${v.voteLabel}`).join('；')
      : '无记名投票，仅记票数';
  return [
    textCell(`第${b.ballotNo}轮`, { center: true }),
    textCell(b.proposalLabel, { center: true }),
    textCell(b.mode === 'open' ? '记名' : '无记名', { center: true }),
    textCell(votes),
    cell(
      lines(`赞成 ${b.counts.for}\n反对 ${b.counts.against}\n弃权 ${b.counts.abstain}`, {
        size: 21,
      }),
    ),
    cell([
      ...lines(`到会 ${b.present}（需 ${b.requiredPresent}）\n赞成需 ${b.requiredFor}`, {
        size: 21,
      }),
      para([text(b.outcomeLabel, { bold: true, size: 21 })]),
    ]),
  ];
}

export function voteRecordBlocks(input: VoteRecordInput): WordBlock[] {
  const blocks: WordBlock[] = [
    ...titleBlock('投票记录', input.heading),
    body(`表决规则：${input.ruleText}。`, { size: 21 }),
  ];
  const voted = input.applications.filter((a) => a.ballots.length > 0 || a.dissents.length > 0);
  if (voted.length === 0) blocks.push(body('本专业组未进行表决。', { before: 120 }));
  for (const a of voted) {
    blocks.push(
      heading(`${a.application.applicationNo}  ${a.application.applicantName}`),
      body(`经验名称：${a.application.experienceTitle}`, { size: 21 }),
      body(`应到（有表决权）：${a.eligible.join('、') || '无'}（${a.eligible.length} 人）`, {
        size: 21,
      }),
    );
    if (a.ballots.length > 0) {
      blocks.push({
        kind: 'table',
        columns: COLUMNS,
        headerRows: 1,
        rows: [
          ['轮次', '表决事项', '方式', '各专家表决', '票数', '结果'].map((t) => label(t)),
          ...a.ballots.map(ballotRows),
        ],
      });
    }
    for (const d of a.dissents)
      blocks.push(body(`不同意见（${d.name}）：${d.reasons}`, { size: 21 }));
  }
  blocks.push(...signatureLines(['组长']));
  blocks.push(provenance(input.heading, '专业组合议包中的表决记录'));
  return blocks;
}

export function voteRecordReport(input: VoteRecordInput): Promise<Uint8Array> {
  return wordDocument({
    title: `投票记录 ${input.heading.groupName ?? ''}`.trim(),
    creator: '质量标杆评审',
    blocks: voteRecordBlocks(input),
    pageNumbers: true,
  });
}
