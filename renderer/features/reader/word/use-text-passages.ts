import { useEffect, useId, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import {
  reportReaderTarget,
  selectReaderTarget,
  selectReaderTargetOutcome,
  useReaderTargetStore,
} from '../../../state/reader-target-store';
import { markRanges, unmarkOwner } from './highlights';
import { anchorQuote, pieceHolding } from './passage-anchor';
import type { Passage, PassageFindings } from './passages';
import { revealRange } from './reveal-range';
import { indexText, rangeOf } from './text-ranges';

/**
 * Marks passages in a text inserted in pieces (a Word document's chunks, a legacy .doc's slices)
 * and answers reader targets for it. Once every piece is in, each annotation is looked for by
 * its quote and marked, and the findings told. A target for this material first has the piece
 * holding its quote inserted (found in the pieces' own text, before any is in the page), then
 * is found in the page, marked, scrolled to, and answered: shown, or not found.
 */
export function useTextPassages(options: {
  /** The element whose text the offsets count in (the Word page). */
  readonly root: RefObject<HTMLElement | null>;
  /** The element that scrolls. */
  readonly scroller: RefObject<HTMLElement | null>;
  /** Each piece's text, in order, before it is inserted. */
  readonly pieceTexts: readonly string[];
  /** How many pieces are in the page; false while none can be (images still loading). */
  readonly shown: number | false;
  readonly reveal: (upTo: number) => void;
  readonly materialId: string | undefined;
  readonly passages: readonly Passage[];
  readonly onFindings: ((findings: PassageFindings) => void) | undefined;
}): void {
  const { root, scroller, pieceTexts, shown, reveal, materialId, passages, onFindings } = options;
  const owner = useId();
  const total = pieceTexts.length;
  const ready = shown !== false && shown >= total;

  // Passages are compared by what they select, not by identity: a note typed does not re-anchor.
  const signature = useMemo(() => JSON.stringify(passages), [passages]);
  const latest = useRef({ passages, onFindings });
  latest.current = { passages, onFindings };

  useEffect(() => () => unmarkOwner(owner), [owner]);

  useEffect(() => {
    const page = root.current;
    if (!ready || !page) return;
    const index = indexText(page);
    const ranges: Range[] = [];
    const findings: Record<string, 'found' | 'not-found'> = {};
    for (const passage of latest.current.passages) {
      const span = anchorQuote(index.text, passage.quote, passage.position);
      const range = span && rangeOf(index, span);
      findings[passage.id] = range ? 'found' : 'not-found';
      if (range) ranges.push(range);
    }
    markRanges('qbr-annotation', owner, ranges);
    latest.current.onFindings?.(findings);
  }, [ready, signature, owner, root]);

  const target = useReaderTargetStore(selectReaderTarget);
  const outcome = useReaderTargetStore(selectReaderTargetOutcome);
  const answered = useRef(0);
  useEffect(() => {
    const page = root.current;
    const pane = scroller.current;
    if (!target || outcome !== 'pending' || target.materialId !== materialId) return;
    if (answered.current === target.request || !page || !pane || shown === false) return;
    const holding = pieceHolding(pieceTexts, target.quote, target.position);
    const needed = holding === null ? total : holding + 1;
    if (shown < needed) {
      reveal(needed);
      return;
    }
    const index = indexText(page);
    const span = anchorQuote(index.text, target.quote, target.position);
    const range = span && rangeOf(index, span);
    if (!range && shown < total) {
      // The pieces' own text did not say where: look in the whole document.
      reveal(total);
      return;
    }
    answered.current = target.request;
    markRanges('qbr-target', owner, range ? [range] : []);
    if (range) revealRange(pane, range);
    reportReaderTarget(target.request, range ? 'shown' : 'not-found');
  }, [target, outcome, materialId, shown, total, pieceTexts, reveal, root, scroller, owner]);
}
