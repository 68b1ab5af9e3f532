/**
 * 评审意见表: one expert's scores and comments (评语) on one application in one round, as a Word
 * page to print and sign by hand (Articles 19 and 20: 撰写评语并打分). A deliberate plaintext
 * export (docs/security.md): the expert chooses the folder, the app warns first, and the page
 * says it is confidential (Article 15). The total is computed from the parts, never typed; a part
 * left unscored shows as blank, and the total then says it is incomplete.
 */
import type { Rubric } from '../../../shared/domain/rubric';
import { totalScore } from '../../../shared/scoring/total';
import type { PartScores } from '../../../shared/scoring/total';
import { WORD_TEXT_WIDTH, wordDocument } from './word-document';
import type { WordBlock, WordCell, WordParagraph, WordRun } from './word-document';

export interface ReviewOpinionFormInput {
  readonly year: number;
  /** 2026年资料评审. */
  readonly roundName: string;
  readonly application: {
    readonly applicationNo: string;
    readonly applicantName: string;
    readonly experienceTitle: string;
  };
  readonly expert: { readonly name: string; readonly organisation?: string };
  readonly rubric: Rubric;
  readonly partScores: PartScores;
  /** Part id → the comment on that part. */
  readonly partComments: Readonly<Record<string, string>>;
  readonly overall: {
    readonly strengths: string;
    readonly weaknesses: string;
    readonly suggestions: string;
  };
  /** The recommendation in words (推荐入围答辩, 不推荐, …); empty when none was given. */
  readonly recommendation: string;
  /** When it was printed, as 2026年11月29日. */
  readonly printedOn: string;
}

/** Points as Chinese reviewers write them: no trailing zeros, at most two decimals. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

const text = (value: string, options: Omit<WordRun, 'text'> = {}): WordRun => ({
  text: value,
  ...options,
});
const para = (runs: WordRun[], options: Omit<WordParagraph, 'runs'> = {}): WordParagraph => ({
  runs,
  ...options,
});
/** A comment as paragraphs, one per line the expert wrote; a blank one as an empty cell. */
const lines = (value: string): WordParagraph[] =>
  value.trim() === ''
    ? []
    : value
        .trim()
        .split(/\r?\n/)
        .map((line) => para([text(line)]));
const cell = (
  paragraphs: WordParagraph[],
  options: Omit<WordCell, 'paragraphs'> = {},
): WordCell => ({
  paragraphs,
  ...options,
});
const label = (value: string): WordCell =>
  cell([para([text(value, { bold: true })])], { shaded: true });

/** Column widths of the score table: criterion, part, maximum, score, comment. */
const SCORE_COLUMNS = [1400, 3200, 700, 700, WORD_TEXT_WIDTH - 6000];
const LABEL = 1800;

function facts(input: ReviewOpinionFormInput): WordBlock {
  const { application, expert } = input;
  const row = (name: string, value: string): WordCell[] => [
    label(name),
    cell([para([text(value)])], { span: 1 }),
  ];
  return {
    kind: 'table',
    columns: [LABEL, WORD_TEXT_WIDTH - LABEL],
    rows: [
      row('评审轮次', input.roundName),
      row('申报编号', application.applicationNo),
      row('申报单位', application.applicantName),
      row('经验名称', application.experienceTitle),
      row(
        '评审专家',
        expert.organisation ? `${expert.name}（${expert.organisation}）` : expert.name,
      ),
    ],
  };
}

function scores(input: ReviewOpinionFormInput): WordBlock {
  const total = totalScore(input.rubric, input.partScores);
  const rows: WordCell[][] = [['评审标准', '评分要点', '满分', '得分', '意见'].map(label)];
  for (const criterion of input.rubric.criteria) {
    criterion.parts.forEach((part, index) => {
      const score = input.partScores[part.id];
      rows.push([
        // The criterion's name on its first part; the rest leave the cell blank (no row spans:
        // LibreOffice and Word agree on plain rows).
        index === 0
          ? cell([para([text(`（${criterion.numeral}）${criterion.title}`, { bold: true })])])
          : cell([]),
        cell([para([text(part.text, { size: 21 })])]),
        cell([para([text(formatPoints(part.maxPoints))], { align: 'center' })]),
        cell([
          para(
            [
              text(score === null || score === undefined ? '' : formatPoints(score), {
                bold: true,
              }),
            ],
            {
              align: 'center',
            },
          ),
        ]),
        cell(lines(input.partComments[part.id] ?? '')),
      ]);
    });
  }
  const sum = total.complete
    ? formatPoints(total.total)
    : `${formatPoints(total.scoredPoints)}（尚有 ${total.missingPartIds.length} 项未评分）`;
  rows.push([label('总分'), cell([para([text(sum, { bold: true })])], { span: 4 })]);
  return { kind: 'table', columns: SCORE_COLUMNS, rows, headerRows: 1 };
}

function comments(input: ReviewOpinionFormInput): WordBlock {
  const row = (name: string, value: string): WordCell[] => [label(name), cell(lines(value))];
  return {
    kind: 'table',
    columns: [LABEL, WORD_TEXT_WIDTH - LABEL],
    rows: [
      row('主要优点', input.overall.strengths),
      row('不足', input.overall.weaknesses),
      row('改进建议', input.overall.suggestions),
      row('评审建议', input.recommendation),
    ],
  };
}

/** The form's blocks, in page order (tested as data; wordDocument writes them). */
export function reviewOpinionFormBlocks(input: ReviewOpinionFormInput): WordBlock[] {
  return [
    {
      kind: 'paragraph',
      align: 'center',
      runs: [text(`${input.year}年全国质量标杆遴选`, { size: 28 })],
    },
    {
      kind: 'paragraph',
      align: 'center',
      after: 120,
      runs: [text('评审意见表', { bold: true, size: 36 })],
    },
    {
      kind: 'paragraph',
      align: 'right',
      after: 120,
      runs: [text('保密  评审结束后由办公室统一收回', { bold: true, size: 21 })],
    },
    facts(input),
    {
      kind: 'paragraph',
      before: 160,
      after: 80,
      runs: [text('一、分项评分', { bold: true, size: 28 })],
    },
    scores(input),
    {
      kind: 'paragraph',
      before: 160,
      after: 80,
      runs: [text('二、综合评语', { bold: true, size: 28 })],
    },
    comments(input),
    {
      kind: 'paragraph',
      before: 480,
      runs: [text('评审专家（签字）：________________          日期：______年____月____日')],
    },
    {
      kind: 'paragraph',
      before: 240,
      runs: [
        text(
          `本表由质量标杆评审软件于${input.printedOn}导出，分数与评语以专家签名提交的评审包为准。`,
          { size: 18 },
        ),
      ],
    },
  ];
}

/** The form as .docx bytes: A4, Chinese, page numbers, a signature line. */
export function reviewOpinionForm(input: ReviewOpinionFormInput): Promise<Uint8Array> {
  return wordDocument({
    title: `评审意见表 ${input.application.applicationNo}`,
    creator: input.expert.name,
    blocks: reviewOpinionFormBlocks(input),
    pageNumbers: true,
  });
}
