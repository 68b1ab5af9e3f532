/**
 * 口令单: one printable Word page per person, carrying their package's passphrase, to be handed
 * over apart from the package. It is a deliberate plaintext export (docs/security.md): written
 * only into a folder the office chose, never the packages' folder, with the warning on the page.
 * Written through the Word door (word-document.ts).
 */
import { formatPackagePassphrase } from '../../../shared/security/package-passphrase';
import { WORD_TEXT_WIDTH, wordDocument } from './word-document';
import type { WordBlock, WordCell, WordRun } from './word-document';

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

/** The label column takes a quarter of the page's width. */
const LABEL_WIDTH = 2300;

const cell = (runs: WordRun[]): WordCell => ({ paragraphs: [{ runs }] });

function row(label: string, value: WordRun): WordCell[] {
  return [cell([{ text: label, bold: true }]), cell([value])];
}

/** The two lines the slip prints a passphrase in: four groups of four digits each. */
export function passphraseLines(passphrase: string): [string, string] {
  const groups = formatPackagePassphrase(passphrase).split(' ');
  return [groups.slice(0, 4).join('  '), groups.slice(4).join('  ')];
}

/** The passphrase in two lines of four groups, large, in a box of its own: read and typed easily. */
function passphraseBox(passphrase: string): WordBlock {
  return {
    kind: 'table',
    thick: true,
    columns: [WORD_TEXT_WIDTH],
    rows: [
      [
        {
          paragraphs: [
            { align: 'center', before: 120, runs: [{ text: '口令（32 位数字）', bold: true }] },
            ...passphraseLines(passphrase).map((digits) => ({
              align: 'center' as const,
              before: 80,
              after: 80,
              runs: [{ text: digits, bold: true, size: 40, mono: true }],
            })),
          ],
        },
      ],
    ],
  };
}

/** The slip as .docx bytes. */
export function passphraseSlip(slip: SlipInput): Promise<Uint8Array> {
  return wordDocument({
    creator: slip.officeName,
    title: '案卷包口令单',
    blocks: [
      {
        kind: 'paragraph',
        align: 'center',
        after: 240,
        runs: [{ text: '案卷包口令单', bold: true, size: 36 }],
      },
      {
        kind: 'paragraph',
        after: 240,
        runs: [
          {
            text: '注意：本单为明文口令，仅限本人使用。请与案卷包分开传递（例如一人送达案卷包、另一人或另一渠道送达本单），妥善保管，评审结束后销毁。',
            bold: true,
          },
        ],
      },
      {
        kind: 'table',
        columns: [LABEL_WIDTH, WORD_TEXT_WIDTH - LABEL_WIDTH],
        rows: [
          row('评选年度', { text: `${slip.year}年` }),
          row('评审轮次', { text: slip.roundName }),
          row('专家', { text: `${slip.expertName}（编号 ${slip.expertId}）` }),
          row('案卷包文件', { text: slip.packageFile, mono: true }),
          row('案卷包序号', { text: `第 ${slip.sequence} 份` }),
          row('签发时间', { text: slip.sealedAt }),
          row('办公室', { text: slip.officeName }),
          row('办公室指纹', { text: slip.officeFingerprint, mono: true }),
        ],
      },
      { kind: 'paragraph', before: 200, runs: [] },
      passphraseBox(slip.passphrase),
      {
        kind: 'paragraph',
        before: 240,
        runs: [
          {
            text: '打开案卷包时，先核对软件显示的办公室指纹与上表一致，再输入口令（空格可省略，全角数字亦可）。口令只能打开本人的案卷包。',
          },
        ],
      },
    ],
  });
}
