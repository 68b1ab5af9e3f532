/**
 * A rendered text (a Word page, a PDF page's text layer) as one string over its text nodes, and
 * the way between offsets in that string and DOM Ranges: a passage found by its quote becomes a
 * Range to highlight and scroll to, and a selection becomes offsets to keep in an annotation.
 * The string is the nodes' text in document order, which is what `textContent` gives.
 */
import type { TextSpan } from './passage-anchor';
import { pieceStarts, pointAt } from './text-spans';

export interface TextIndex {
  readonly text: string;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly lengths: readonly number[];
}

export function indexText(root: Node): TextIndex {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    parts.push((node as Text).data);
  }
  const lengths = parts.map((part) => part.length);
  return { text: parts.join(''), nodes, starts: pieceStarts(lengths), lengths };
}

/** The Range over `span` of the indexed text, or null when the span lies outside it. */
export function rangeOf(index: TextIndex, span: TextSpan): Range | null {
  const start = pointAt(index.starts, index.lengths, span.start, 'start');
  const end = pointAt(index.starts, index.lengths, span.end, 'end');
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(index.nodes[start.piece]!, start.offset);
  range.setEnd(index.nodes[end.piece]!, end.offset);
  return range;
}

/** The offsets `range` covers in `root`'s text, or null when it is not inside `root`. */
export function spanOf(root: Node, range: Range): TextSpan | null {
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
