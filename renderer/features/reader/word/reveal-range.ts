/**
 * Scrolls `scroller` alone (never the screen around it) so that `range` stands a third of the
 * way down it. Word chunks off screen are skipped by layout (content-visibility) and only
 * estimated in height, so the first scroll may land near rather than on the passage: the
 * position is measured again on the next frames and corrected until it holds.
 */
const FRAMES = 8;
const TOLERANCE_PX = 2;

export function revealRange(scroller: HTMLElement, range: Range): void {
  let frames = 0;
  const step = () => {
    if (!scroller.isConnected) return;
    const passage = range.getBoundingClientRect();
    const pane = scroller.getBoundingClientRect();
    const delta = passage.top - pane.top - pane.height / 3;
    const before = scroller.scrollTop;
    if (Math.abs(delta) > TOLERANCE_PX) scroller.scrollTop += delta;
    const moved = Math.abs(scroller.scrollTop - before) > 0.5;
    frames += 1;
    if (moved && frames < FRAMES) requestAnimationFrame(step);
  };
  step();
}
