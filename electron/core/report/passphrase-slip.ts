/**
 * 口令单: one printable Word page per person, carrying their package's passphrase, to be handed
 * over apart from the package. It is a deliberate plaintext export (docs/security.md): written
 * only into a folder the office chose, never the packages' folder, with the warning on the page.
 *
 * The one door to the `docx` library for now; the reports of a later issue will share it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatPackagePassphrase } from '../../../shared/security/package-passphrase';

export interface SlipInput {
  readonly year: number;
  readonly roundName: string;
  readonly expertId: string;
  readonly expertName: string;
  readonly packageFile: string;
  readonly sequence: number;
  /** The 32 digits. */
  readonly passphrase: string;
  readonly officeName: string;
  readonly officeFingerprint: string;
  /** When the package was sealed, as 2026年11月29日 14:05. */
  readonly sealedAt: string;
}

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };

function text(value: string, options: { bold?: boolean; size?: number; mono?: boolean } = {}) {
  return new TextRun({
    text: value,
    bold: options.bold ?? false,
    size: options.size ?? 24,
    font: options.mono ? { ascii: 'Courier New', eastAsia: 'SimSun', hAnsi: 'Courier New' } : FONT,
  });
}

/** A4 with 2.5 cm margins leaves 9026 twips; the label column takes a quarter. */
const LABEL_WIDTH = 2300;
const VALUE_WIDTH = 6726;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function row(label: string, value: TextRun): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        width: { size: LABEL_WIDTH, type: WidthType.DXA },
        borders,
        children: [new Paragraph({ children: [text(label, { bold: true })] })],
      }),
      new TableCell({
        width: { size: VALUE_WIDTH, type: WidthType.DXA },
        borders,
        children: [new Paragraph({ children: [value] })],
      }),
    ],
  });
}

/** The two lines the slip prints a passphrase in: four groups of four digits each. */
export function passphraseLines(passphrase: string): [string, string] {
  const groups = formatPackagePassphrase(passphrase).split(' ');
  return [groups.slice(0, 4).join('  '), groups.slice(4).join('  ')];
}

/** The passphrase in two lines of four groups, large, in a box of its own: read and typed easily. */
function passphraseBox(passphrase: string): Table {
  const line = (digits: string) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 80, after: 80 },
      children: [text(digits, { bold: true, size: 40, mono: true })],
    });
  return new Table({
    width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH + VALUE_WIDTH],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
            borders: {
              top: { ...cellBorder, size: 12, color: '000000' },
              bottom: { ...cellBorder, size: 12, color: '000000' },
              left: { ...cellBorder, size: 12, color: '000000' },
              right: { ...cellBorder, size: 12, color: '000000' },
            },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 120 },
                children: [text('口令（32 位数字）', { bold: true })],
              }),
              ...passphraseLines(passphrase).map(line),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The slip as .docx bytes. */
export async function passphraseSlip(slip: SlipInput): Promise<Uint8Array> {
  const doc = new Document({
    creator: slip.officeName,
    title: '案卷包口令单',
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [text('案卷包口令单', { bold: true, size: 36 })],
          }),
          new Paragraph({
            spacing: { after: 240 },
            children: [
              text(
                '注意：本单为明文口令，仅限本人使用。请与案卷包分开传递（例如一人送达案卷包、另一人或另一渠道送达本单），妥善保管，评审结束后销毁。',
                { bold: true },
              ),
            ],
          }),
          new Table({
            width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
            columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
            rows: [
              row('评选年度', text(`${slip.year}年`)),
              row('评审轮次', text(slip.roundName)),
              row('专家', text(`${slip.expertName}（编号 ${slip.expertId}）`)),
              row('案卷包文件', text(slip.packageFile, { mono: true })),
              row('案卷包序号', text(`第 ${slip.sequence} 份`)),
              row('签发时间', text(slip.sealedAt)),
              row('办公室', text(slip.officeName)),
              row('办公室指纹', text(slip.officeFingerprint, { mono: true })),
            ],
          }),
          new Paragraph({ spacing: { before: 200 }, children: [] }),
          passphraseBox(slip.passphrase),
          new Paragraph({
            spacing: { before: 240 },
            children: [
              text(
                '打开案卷包时，先核对软件显示的办公室指纹与上表一致，再输入口令（空格可省略，全角数字亦可）。口令只能打开本人的案卷包。',
              ),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
