/**
 * The one door to the `docx` library: the app's Word reports (口令单, 评审意见表, and the lists
 * and minutes of deliberation later) are described as plain blocks here, A4 portrait with
 * 2.5 cm margins, Song for Chinese and Times New Roman for Latin text (the fonts a Chinese office
 * prints with), and an optional footer "第 X 页 共 Y 页". Reports never import docx themselves,
 * so their content can be tested as data and every document looks alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

export interface WordRun {
  readonly text: string;
  readonly bold?: boolean;
  /** Half-points: 24 is 小四 (12 pt), 28 四号, 32 三号, 36 小二. */
  readonly size?: number;
  /** Courier for fingerprints, file names and digits to be read exactly. */
  readonly mono?: boolean;
}

export interface WordParagraph {
  readonly runs: readonly WordRun[];
  readonly align?: 'left' | 'center' | 'right';
  /** Twips before and after (240 is one 12 pt line). */
  readonly before?: number;
  readonly after?: number;
  /** Kept on the page of the block that follows (a heading with its table). */
  readonly keepNext?: boolean;
  /** Starts a new page (the next application of a multi-part report). */
  readonly pageBreakBefore?: boolean;
}

export interface WordCell {
  readonly paragraphs: readonly WordParagraph[];
  /** Columns this cell spans. */
  readonly span?: number;
  /** A grey header cell. */
  readonly shaded?: boolean;
}

export type WordBlock =
  | ({ readonly kind: 'paragraph' } & WordParagraph)
  | {
      readonly kind: 'table';
      /** Column widths in twips; A4 with these margins holds 9026. */
      readonly columns: readonly number[];
      readonly rows: readonly (readonly WordCell[])[];
      /** Thick black lines (a box to be noticed), else thin grey ones. */
      readonly thick?: boolean;
      /** Rows repeated at the top of every page. */
      readonly headerRows?: number;
      /**
       * Kept on one page with what follows: 'together', the whole table (a short form that should
       * not break); 'last-row', only its last row, so a long list never leaves its closing line or
       * signature alone on a page.
       */
      readonly keep?: 'together' | 'last-row';
    };

export interface WordDocumentInput {
  readonly title: string;
  readonly creator: string;
  readonly blocks: readonly WordBlock[];
  /** "第 X 页 共 Y 页" centred at the foot of every page. */
  readonly pageNumbers?: boolean;
  /** A4 turned sideways, for tables of many columns (评分汇总表, the lists); portrait by default. */
  readonly landscape?: boolean;
}

/** The width between A4's 2.5 cm margins, in twips. */
export const WORD_TEXT_WIDTH = 9026;
/** The same on A4 landscape. */
export const WORD_TEXT_WIDTH_LANDSCAPE = 13958;

const LATIN = 'Times New Roman';
const FONT = { ascii: LATIN, eastAsia: 'SimSun', hAnsi: LATIN };
const MONO = { ascii: 'Courier New', eastAsia: 'SimSun', hAnsi: 'Courier New' };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** The document's defaults (styles.xml): a run or paragraph states only where it differs. */
const DEFAULT_SIZE = 24;

// Only what differs from the defaults is written: a report of 250 pages holds tens of thousands
// of runs, and docx turns every stated property into XML (reports_10x7x250 in npm run bench).
function run(r: WordRun): TextRun {
  return new TextRun({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.size !== undefined && r.size !== DEFAULT_SIZE ? { size: r.size } : {}),
    ...(r.mono ? { font: MONO } : {}),
  });
}

function paragraph(p: WordParagraph): Paragraph {
  return new Paragraph({
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.before || p.after ? { spacing: { before: p.before ?? 0, after: p.after ?? 0 } } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: p.runs.map(run),
  });
}

function table(block: Extract<WordBlock, { kind: 'table' }>): Table {
  const line = block.thick
    ? { style: BorderStyle.SINGLE, size: 12, color: '000000' }
    : { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const total = block.columns.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...block.columns],
    // Borders and cell margins once for the table rather than on every cell.
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: block.rows.map((cells, rowIndex) => {
      let column = 0;
      // Word keeps a row with the next when every paragraph of it is "keep with next".
      const keepNext =
        (block.keep === 'together' && rowIndex < block.rows.length - 1) ||
        (block.keep === 'last-row' && rowIndex === block.rows.length - 1);
      return new TableRow({
        tableHeader: rowIndex < (block.headerRows ?? 0),
        cantSplit: true,
        children: cells.map((cell) => {
          const span = cell.span ?? 1;
          const width = block.columns.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            verticalAlign: VerticalAlign.CENTER,
            ...(cell.shaded ? { shading: { fill: 'EDEDED' } } : {}),
            children:
              cell.paragraphs.length > 0
                ? cell.paragraphs.map((p) => paragraph(keepNext ? { ...p, keepNext: true } : p))
                : [new Paragraph({ keepNext })],
          });
        }),
      });
    }),
  });
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: '第 ', size: 20, font: FONT }),
          new TextRun({ children: [PageNumber.CURRENT], size: 20, font: FONT }),
          new TextRun({ text: ' 页 共 ', size: 20, font: FONT }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 20, font: FONT }),
          new TextRun({ text: ' 页', size: 20, font: FONT }),
        ],
      }),
    ],
  });

/** The document as .docx bytes. */
export async function wordDocument(input: WordDocumentInput): Promise<Uint8Array> {
  const doc = new Document({
    creator: input.creator,
    title: input.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: DEFAULT_SIZE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: 11906,
              height: 16838,
              ...(input.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
            },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, footer: 720 },
          },
        },
        ...(input.pageNumbers ? { footers: { default: pageFooter() } } : {}),
        children: input.blocks.map((block) =>
          block.kind === 'table' ? table(block) : paragraph(block),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
