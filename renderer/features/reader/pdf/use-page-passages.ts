import { useEffect, useId, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import { reportReaderTarget } from '../../../state/reader-target-store';
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../../shared/journal/annotation-selector';
import { markRanges, unmarkOwner } from '../word/highlights';
import { anchorQuote } from '../word/passage-anchor';
import type { Passage } from '../word/passages';
import { revealRange } from '../word/reveal-range';
import { indexText, rangeOf } from '../word/text-ranges';

/** A reader target the document view found on one page, for that page to mark and show. */
export interface PageTarget {
  readonly page: number;
  readonly request: number;
  readonly quote: TextQuoteSelector;
  readonly position?: TextPositionSelector;
}

/** The Range of a passage in a page's text layer, or null when the layer does not hold it. */
function rangeInLayer(
  layer: HTMLElement,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Range | null {
  const index = indexText(layer);
  const span = anchorQuote(index.text, quote, position);
  return span && rangeOf(index, span);
}

/**
 * Marks one page's passages in its text layer each time the layer is drawn (it is dropped when
 * the page leaves the viewport and drawn again at every zoom), and shows the target found on
 * this page: marked, scrolled to within the pane, and answered once.
 */
export function usePagePassages(options: {
  readonly layer: RefObject<HTMLElement | null>;
  /** Grows each time the text layer has been drawn; 0 while it is not there. */
  readonly drawnText: number;
  readonly scrollRoot: RefObject<HTMLElement | null>;
  readonly passages: readonly Passage[];
  readonly target: PageTarget | null;
}): void {
  const { layer, drawnText, scrollRoot, passages, target } = options;
  const owner = useId();
  const signature = useMemo(() => JSON.stringify(passages), [passages]);
  const latest = useRef(passages);
  latest.current = passages;

  useEffect(() => () => unmarkOwner(owner), [owner]);

  useEffect(() => {
    const root = layer.current;
    const ranges: Range[] = [];
    if (drawnText > 0 && root) {
      for (const passage of latest.current) {
        const range = rangeInLayer(root, passage.quote, passage.position);
        if (range) ranges.push(range);
      }
    }
    markRanges('qbr-annotation', owner, ranges);
  }, [drawnText, signature, owner, layer]);

  const answered = useRef(0);
  useEffect(() => {
    const root = layer.current;
    if (!target) {
      markRanges('qbr-target', owner, []);
      return;
    }
    if (drawnText === 0 || !root) return;
    const range = rangeInLayer(root, target.quote, target.position);
    markRanges('qbr-target', owner, range ? [range] : []);
    if (answered.current === target.request) return;
    answered.current = target.request;
    const pane = scrollRoot.current;
    if (range && pane) revealRange(pane, range);
    reportReaderTarget(target.request, range ? 'shown' : 'not-found');
  }, [target, drawnText, owner, layer, scrollRoot]);
}
