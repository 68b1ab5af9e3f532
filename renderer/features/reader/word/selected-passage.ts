/**
 * The text the person has selected in a material, as offsets in the text it lies in: a Word
 * page's whole text, or one PDF page's text layer (with that page's number). Null when nothing
 * is selected inside `reader`, or when a selection crosses from one PDF page into another.
 */
import { spanOf } from './text-ranges';

export interface SelectedPassage {
  /** The whole text the offsets count in. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The PDF page, 1-based; absent in Word. */
  readonly page?: number;
}

/** The element whose text a selection's offsets count in: a PDF page's layer, or a Word page. */
function textRootOf(node: Node, reader: HTMLElement): { root: HTMLElement; page?: number } | null {
  const element = node instanceof Element ? node : node.parentElement;
  const layer = element?.closest<HTMLElement>('.pdf-page .textLayer');
  if (layer && reader.contains(layer)) {
    const page = Number(layer.closest('[data-page]')?.getAttribute('data-page'));
    return Number.isInteger(page) && page > 0 ? { root: layer, page } : null;
  }
  const word = element?.closest<HTMLElement>('.word-page');
  return word && reader.contains(word) ? { root: word } : null;
}

export function selectedPassage(reader: HTMLElement): SelectedPassage | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const from = textRootOf(range.startContainer, reader);
  const to = textRootOf(range.endContainer, reader);
  if (!from || !to || from.root !== to.root) return null;
  const span = spanOf(from.root, range);
  if (!span || span.end <= span.start) return null;
  return {
    text: from.root.textContent ?? '',
    ...span,
    ...(from.page === undefined ? {} : { page: from.page }),
  };
}
