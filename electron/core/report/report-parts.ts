/**
 * The pieces every report of issue 11 is built from, as word-document.ts blocks: the title block
 * (the selection, the report's name, the confidentiality line, and which case, round and group),
 * section headings, label cells, a comment as paragraphs, and the signature lines (组长 or
 * 主任委员 签字, 日期). One look for every report; the reports only arrange them.
 */
import type { ReportHeading } from '../../../shared/report/report-input';
import { CONFIDENTIAL_LINE } from '../../../shared/report/report-words';
import type { WordBlock, WordCell, WordParagraph, WordRun } from './word-document';

export const text = (value: string, options: Omit<WordRun, 'text'> = {}): WordRun => ({
  text: value,
  ...options,
});

export const para = (
  runs: WordRun[],
  options: Omit<WordParagraph, 'runs'> = {},
): WordParagraph => ({ runs, ...options });

/** A written text as paragraphs, one per line; a blank one as none (an empty cell). */
export function lines(value: string, options: Omit<WordRun, 'text'> = {}): WordParagraph[] {
  return value.trim() === ''
    ? []
    : value
        .trim()
        .split(/\r?\n/)
        .map((line) => para([text(line, options)]));
}

export const cell = (
  paragraphs: WordParagraph[],
  options: Omit<WordCell, 'paragraphs'> = {},
): WordCell => ({ paragraphs, ...options });

/** A cell of one short text, centred when asked (numbers). */
export function textCell(
  value: string,
  options: { size?: number; bold?: boolean; center?: boolean; span?: number } = {},
): WordCell {
  return cell(
    [
      para(
        [text(value, { size: options.size ?? 21, ...(options.bold ? { bold: true } : {}) })],
        options.center ? { align: 'center' } : {},
      ),
    ],
    options.span === undefined ? {} : { span: options.span },
  );
}

/** A grey header or label cell; a line break in `value` makes two centred lines. */
export function label(value: string, options: { size?: number; span?: number } = {}): WordCell {
  const size = options.size ?? 21;
  return cell(
    value.split('\n').map((line) => para([text(line, { bold: true, size })], { align: 'center' })),
    {
      shaded: true,
      ...(options.span === undefined ? {} : { span: options.span }),
    },
  );
}

/** 一、分项评分: a section heading kept with what follows. */
export function heading(value: string, options: { pageBreakBefore?: boolean } = {}): WordBlock {
  return {
    kind: 'paragraph',
    before: 200,
    after: 80,
    keepNext: true,
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    runs: [text(value, { bold: true, size: 28 })],
  };
}

/** A plain paragraph of body text. */
export function body(
  value: string,
  options: { size?: number; before?: number; keepNext?: boolean } = {},
): WordBlock {
  return {
    kind: 'paragraph',
    before: options.before ?? 0,
    after: 60,
    ...(options.keepNext ? { keepNext: true } : {}),
    runs: [text(value, { size: options.size ?? 24 })],
  };
}

/**
 * The title block: 2026年全国质量标杆遴选, the report's name, the confidentiality line, and one
 * line naming the round, the group and the case, so a printed page says what it belongs to.
 */
export function titleBlock(
  title: string,
  head: ReportHeading,
  options: { confidential?: string; subtitle?: string } = {},
): WordBlock[] {
  const where = [
    `评审轮次：${head.roundName}`,
    ...(head.groupName === undefined ? [] : [`专业组：${head.groupName}`]),
  ].join('    ');
  return [
    {
      kind: 'paragraph',
      align: 'center',
      runs: [text(`${head.year}年全国质量标杆遴选`, { size: 28 })],
    },
    {
      kind: 'paragraph',
      align: 'center',
      after: 60,
      runs: [text(title, { bold: true, size: 36 })],
    },
    ...(options.subtitle === undefined
      ? []
      : [
          {
            kind: 'paragraph' as const,
            align: 'center' as const,
            after: 60,
            runs: [text(options.subtitle, { size: 24 })],
          },
        ]),
    {
      kind: 'paragraph',
      align: 'right',
      after: 60,
      runs: [text(options.confidential ?? CONFIDENTIAL_LINE, { bold: true, size: 21 })],
    },
    { kind: 'paragraph', runs: [text(where, { size: 21 })] },
    // The case's id on a line of its own: 32 characters do not share a line with the round.
    { kind: 'paragraph', after: 120, runs: [text(`案卷：${head.caseId}`, { size: 18 })] },
  ];
}

/** Who signs: 组长（签字）, 主任委员（签字）, each with a date line. */
export function signatureLines(signers: readonly string[]): WordBlock[] {
  return signers.map((who, index) => ({
    kind: 'paragraph' as const,
    before: index === 0 ? 480 : 240,
    // With each other and with the provenance line under them: never a signature alone.
    keepNext: true,
    runs: [text(`${who}（签字）：________________          日期：______年____月____日`)],
  }));
}

/** The footnote that says where the report came from and what is authoritative. */
export function provenance(head: ReportHeading, source: string): WordBlock {
  return {
    kind: 'paragraph',
    before: 240,
    runs: [
      text(`本表由质量标杆评审软件于${head.printedOn}导出，内容以${source}为准。`, { size: 18 }),
    ],
  };
}
