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

function row(label: string, value: TextRun): TableRow {
  const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
  return new TableRow({
    children: [
      new TableCell({
        width: { size: 28, type: WidthType.PERCENTAGE },
        borders,
        children: [new Paragraph({ children: [text(label, { bold: true })] })],
      }),
      new TableCell({
        width: { size: 72, type: WidthType.PERCENTAGE },
        borders,
        children: [new Paragraph({ children: [value] })],
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
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440 } },
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
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row('评选年度', text(`${slip.year}年`)),
              row('评审轮次', text(slip.roundName)),
              row('专家', text(`${slip.expertName}（编号 ${slip.expertId}）`)),
              row('案卷包文件', text(slip.packageFile, { mono: true })),
              row('案卷包序号', text(`第 ${slip.sequence} 份`)),
              row('签发时间', text(slip.sealedAt)),
              row('办公室', text(slip.officeName)),
              row('办公室指纹', text(slip.officeFingerprint, { mono: true })),
              row(
                '口令',
                text(formatPackagePassphrase(slip.passphrase), {
                  bold: true,
                  size: 32,
                  mono: true,
                }),
              ),
            ],
          }),
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
