/**
 * Scrolls `scroller` alone (never the screen around it) so that `range` stands a third of the
 * way down it. Word chunks off screen are skipped by layout (content-visibility) and only
 * estimated in height, so the first scroll may land short of the passage (even at the end of a
 * scroll range that has yet to grow); the position is measured again on the next frames and
 * corrected until it has held for a few frames running.
 */
const MAX_FRAMES = 40;
/** Frames in a row the passage must stay in place: a chunk scrolled near is laid out later. */
const STEADY_FRAMES = 3;
const TOLERANCE_PX = 2;

/** The range's box; a range inside a chunk layout skips has none yet, its element has one. */
function boxOf(range: Range): DOMRect {
  const box = range.getBoundingClientRect();
  if (box.height > 0) return box;
  const element = range.startContainer.parentElement;
  return element ? element.getBoundingClientRect() : box;
}

export function revealRange(scroller: HTMLElement, range: Range): void {
  let frames = 0;
  let steady = 0;
  const step = () => {
    if (!scroller.isConnected || !range.startContainer.isConnected) return;
    const passage = boxOf(range);
    const pane = scroller.getBoundingClientRect();
    const delta = passage.top - pane.top - pane.height / 3;
    if (Math.abs(delta) > TOLERANCE_PX) {
      scroller.scrollTop += delta;
      steady = 0;
    } else steady += 1;
    frames += 1;
    if (steady < STEADY_FRAMES && frames < MAX_FRAMES) requestAnimationFrame(step);
  };
  step();
}
