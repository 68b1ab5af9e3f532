/**
 * Where an annotation sits in a material, as the W3C Web Annotation Data Model says it
 * (https://www.w3.org/TR/annotation-model/#selectors): by the quoted text with some context
 * before and after (finds its place again after a reload, even if offsets moved), by character
 * offsets, and for a PDF by page (a FragmentSelector under RFC 3778, refined by a text selector
 * within that page). A target lists alternatives that each select the same text; at least one
 * anchors by quote, so a reader can always say when the text can no longer be found.
 */
import { z } from 'zod';

/** Quote and context are short: a sentence or two, never a whole material. */
export const QUOTE_MAX = 2_000;
export const CONTEXT_MAX = 200;

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(QUOTE_MAX),
  prefix: z.string().max(CONTEXT_MAX).optional(),
  suffix: z.string().max(CONTEXT_MAX).optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** Offsets in UTF-16 code units of the material's text (of the page's text under a page). */
export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { path: ['end'], message: 'end > start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** RFC 3778 (application/pdf fragment identifiers), as the W3C model names it. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

/** A PDF page (1-based), refined by where the text sits on it. */
export const PdfPageSelectorSchema = z.strictObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal(PDF_FRAGMENT_SPEC),
  value: z.string().regex(/^page=[1-9][0-9]{0,5}$/),
  refinedBy: z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema]).optional(),
});
export type PdfPageSelector = z.infer<typeof PdfPageSelectorSchema>;

export const AnnotationSelectorSchema = z.union([
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
  PdfPageSelectorSchema,
]);
export type AnnotationSelector = z.infer<typeof AnnotationSelectorSchema>;

function anchorsByQuote(selector: AnnotationSelector): boolean {
  if (selector.type === 'TextQuoteSelector') return true;
  return selector.type === 'FragmentSelector' && selector.refinedBy?.type === 'TextQuoteSelector';
}

/** The page a PDF selector names, or null for a selector without one. */
export function pageOfSelector(selector: AnnotationSelector): number | null {
  return selector.type === 'FragmentSelector' ? Number(selector.value.slice('page='.length)) : null;
}

/** The selector of a PDF page refined by `refinedBy`. */
export function pdfPageSelector(
  page: number,
  refinedBy?: TextQuoteSelector | TextPositionSelector,
): PdfPageSelector {
  return {
    type: 'FragmentSelector',
    conformsTo: PDF_FRAGMENT_SPEC,
    value: `page=${page}`,
    ...(refinedBy === undefined ? {} : { refinedBy }),
  };
}

/** The selectors of one annotation: alternatives for the same text, one at least by quote. */
export const AnnotationSelectorsSchema = z
  .array(AnnotationSelectorSchema)
  .min(1)
  .max(4)
  .refine((selectors) => selectors.some(anchorsByQuote), {
    message: 'at least one selector anchors by quote',
  });
