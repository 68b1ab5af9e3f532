/**
 * The annotations of an application or of one material, from the journal's live records, in
 * reading order (material, page, position in the text), and what each one shows: its quote, its
 * page, and the entry that edits it. Pure, for the list and its tests.
 */
import { pageOfSelector } from '../../../shared/journal';
import type {
  AnnotationEntry,
  JournalRecord,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../shared/journal';

export type AnnotationRecord = Extract<JournalRecord, { kind: 'annotation' }>;

export interface AnnotationScope {
  readonly applicationId: string;
  /** One material only; every material of the application when left out. */
  readonly materialId?: string;
}

/** The passage quoted: the first quote selector, or one refining a PDF page. */
export function quoteOf(annotation: AnnotationEntry): string | null {
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextQuoteSelector') return selector.exact;
    if (selector.type === 'FragmentSelector' && selector.refinedBy?.type === 'TextQuoteSelector') {
      return selector.refinedBy.exact;
    }
  }
  return null;
}

/** The PDF page the annotation is on, or null (Word). */
export function pageOf(annotation: AnnotationEntry): number | null {
  for (const selector of annotation.target.selector) {
    const page = pageOfSelector(selector);
    if (page !== null) return page;
  }
  return null;
}

/** What finds an annotation's passage again: its quote, its offsets and its PDF page. */
export interface AnnotationAnchors {
  readonly quote: TextQuoteSelector;
  readonly position?: TextPositionSelector;
  readonly page?: number;
}

/** The annotation's anchors, or null for one without a quote (it cannot be found again). */
export function anchorsOf(annotation: AnnotationEntry): AnnotationAnchors | null {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const selector of annotation.target.selector) {
    const refined = selector.type === 'FragmentSelector' ? selector.refinedBy : selector;
    if (refined?.type === 'TextQuoteSelector') quote ??= refined;
    if (refined?.type === 'TextPositionSelector') position ??= refined;
  }
  if (quote === undefined) return null;
  const page = pageOf(annotation);
  return {
    quote,
    ...(position === undefined ? {} : { position }),
    ...(page === null ? {} : { page }),
  };
}

/** Where the text starts, for ordering: a position selector's start (on the page, for a PDF). */
function startOf(annotation: AnnotationEntry): number {
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextPositionSelector') return selector.start;
    if (
      selector.type === 'FragmentSelector' &&
      selector.refinedBy?.type === 'TextPositionSelector'
    ) {
      return selector.refinedBy.start;
    }
  }
  return Number.MAX_SAFE_INTEGER;
}

export function annotationsOf(
  records: readonly JournalRecord[],
  scope: AnnotationScope,
): AnnotationRecord[] {
  return records
    .filter((record): record is AnnotationRecord => record.kind === 'annotation')
    .filter(
      (record) =>
        record.applicationId === scope.applicationId &&
        (scope.materialId === undefined || record.target.source === scope.materialId),
    )
    .map((record, order) => ({ record, order }))
    .sort(
      (a, b) =>
        a.record.target.source.localeCompare(b.record.target.source) ||
        (pageOf(a.record) ?? 0) - (pageOf(b.record) ?? 0) ||
        startOf(a.record) - startOf(b.record) ||
        a.order - b.order,
    )
    .map(({ record }) => record);
}

/** The entry that writes `annotation` again with another note (its envelope left to main). */
export function withNote(annotation: AnnotationRecord, value: string): AnnotationEntry {
  return {
    kind: 'annotation',
    annotationId: annotation.annotationId,
    applicationId: annotation.applicationId,
    target: annotation.target,
    body: { type: 'TextualBody', value },
  };
}
