/**
 * The long materials of the desk's and search's rounds: a .docx of numbered paragraphs in
 * sections of 200 (each under a heading), with passages placed among them far below the first
 * screen, and a two-page evidence PDF of Chinese text (a font the PDF does not embed, as office
 * software writes) with a passage on its second page.
 */
import { HeadingLevel, Paragraph } from 'docx';
import { storedDocument } from '../fixtures/stored-docx';
import { makePdf } from './reader-fixture/make-pdf';

export const EVIDENCE_PDF = '经营业绩证明.pdf';

/** A passage of a long .docx, after its `after`-th ordinary paragraph (0: right after the first). */
export interface PlacedPassage {
  readonly after: number;
  readonly text: string;
}

/** `first`, then `paragraphs` ordinary paragraphs in sections, `passages` among them. */
export function longDocx(
  first: string,
  paragraphs: number,
  passages: readonly PlacedPassage[] = [],
): Promise<Uint8Array> {
  const placed = (after: number) =>
    passages.filter((p) => p.after === after).map((p) => new Paragraph(p.text));
  const children: Paragraph[] = [new Paragraph(first), ...placed(0)];
  for (let i = 1; i <= paragraphs; i += 1) {
    if (i % 200 === 1) {
      children.push(
        new Paragraph({
          text: `第${Math.ceil(i / 200)}节 质量管理实践`,
          heading: HeadingLevel.HEADING_1,
        }),
      );
    }
    children.push(
      new Paragraph(
        `第${i}段：全面质量管理覆盖研发、采购、制造与服务各环节，持续改进机制运行有效。`,
      ),
      ...placed(i),
    );
  }
  return storedDocument(children);
}

/** 经营业绩证明: two pages, `passage` on the second. */
export function evidencePdf(passage: string): Uint8Array {
  return new Uint8Array(
    makePdf([
      {
        latin: ['Evidence of results'],
        chinese: ['经营业绩证明', '二〇二五年营业收入同比增长百分之十八'],
      },
      { latin: ['Customer survey'], chinese: ['第三方测评', `${passage}，较上年提高四分`] },
    ]),
  );
}
