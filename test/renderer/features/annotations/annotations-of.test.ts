/** The annotations of an application or a material, in reading order, and what each shows. */
import { describe, expect, it } from 'vitest';
import {
  anchorsOf,
  annotationsOf,
  pageOf,
  quoteOf,
  withNote,
} from '../../../../renderer/features/annotations/annotations-of';
import { annotationMessages } from '../../../../renderer/features/annotations/annotation-messages';
import { pdfPageSelector } from '../../../../shared/journal';
import type {
  AnnotationSelector,
  JournalRecord,
  TextQuoteSelector,
} from '../../../../shared/journal';

let number = 0;
function annotation(
  annotationId: string,
  applicationId: string,
  source: string,
  selector: AnnotationSelector[],
): JournalRecord {
  return {
    kind: 'annotation',
    annotationId,
    applicationId,
    target: { source, selector },
    body: { type: 'TextualBody', value: `批注 ${annotationId}` },
    caseId: '0123456789abcdef0123456789abcdef',
    recordNumber: ++number,
    at: '2026-11-29T08:00:00.000Z',
    author: 'AAAA-BBBB-CCCC-DDDD',
  };
}

const quote = (exact: string): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact });
const at = (start: number): AnnotationSelector => ({
  type: 'TextPositionSelector',
  start,
  end: start + 2,
});

const records: JournalRecord[] = [
  annotation('late', 'a001', 'm1', [quote('后文'), at(900)]),
  annotation('early', 'a001', 'm1', [at(10), quote('前文')]),
  annotation('p3', 'a001', 'm2', [pdfPageSelector(3, quote('第三页'))]),
  annotation('p1', 'a001', 'm2', [pdfPageSelector(1, quote('第一页'))]),
  annotation('other', 'a002', 'm9', [quote('别的申报')]),
  {
    kind: 'reading-position',
    applicationId: 'a001',
    materialId: 'm1',
    fraction: 0.5,
    caseId: '0123456789abcdef0123456789abcdef',
    recordNumber: ++number,
    at: '2026-11-29T08:00:00.000Z',
    author: 'AAAA-BBBB-CCCC-DDDD',
  },
];

describe('annotationsOf', () => {
  it('lists an application’s annotations by material, page and place in the text', () => {
    const ids = annotationsOf(records, { applicationId: 'a001' }).map((a) => a.annotationId);
    expect(ids).toEqual(['early', 'late', 'p1', 'p3']);
  });

  it('narrows to one material', () => {
    const ids = annotationsOf(records, { applicationId: 'a001', materialId: 'm2' }).map(
      (a) => a.annotationId,
    );
    expect(ids).toEqual(['p1', 'p3']);
  });

  it('shows the quote and the page, and writes a note again without the envelope', () => {
    const [p1] = annotationsOf(records, { applicationId: 'a001', materialId: 'm2' });
    expect(quoteOf(p1!)).toBe('第一页');
    expect(pageOf(p1!)).toBe(1);
    const [early] = annotationsOf(records, { applicationId: 'a001', materialId: 'm1' });
    expect(pageOf(early!)).toBeNull();
    expect(withNote(early!, '新的批注')).toEqual({
      kind: 'annotation',
      annotationId: 'early',
      applicationId: 'a001',
      target: early!.target,
      body: { type: 'TextualBody', value: '新的批注' },
    });
  });

  it('has every word in Chinese and in English', () => {
    const zh = Object.keys(annotationMessages['zh-CN']).sort();
    expect(Object.keys(annotationMessages.en).sort()).toEqual(zh);
  });
});

describe('the anchors of an annotation', () => {
  it('are the quote, the offsets and the page, of Word and of PDF selectors alike', () => {
    const word = annotation('w', 'app-1', 'm1', [
      { type: 'TextQuoteSelector', exact: '质量目标', prefix: '。', suffix: '分解' },
      { type: 'TextPositionSelector', start: 7, end: 11 },
    ]);
    const pdf = annotation('p', 'app-1', 'm2', [
      pdfPageSelector(3, { type: 'TextQuoteSelector', exact: '一次交验合格率' }),
      pdfPageSelector(3, { type: 'TextPositionSelector', start: 2, end: 9 }),
    ]);
    if (word.kind !== 'annotation' || pdf.kind !== 'annotation') throw new Error('kind');
    expect(anchorsOf(word)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: '质量目标', prefix: '。', suffix: '分解' },
      position: { type: 'TextPositionSelector', start: 7, end: 11 },
    });
    expect(anchorsOf(pdf)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: '一次交验合格率' },
      position: { type: 'TextPositionSelector', start: 2, end: 9 },
      page: 3,
    });
  });

  it('are none without a quote (such an annotation cannot be found again)', () => {
    const positionOnly = annotation('x', 'app-1', 'm1', [
      pdfPageSelector(2, { type: 'TextPositionSelector', start: 0, end: 4 }),
    ]);
    if (positionOnly.kind !== 'annotation') throw new Error('kind');
    expect(anchorsOf(positionOnly)).toBeNull();
  });
});
