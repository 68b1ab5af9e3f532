/**
 * Passages marked in the text through the CSS Custom Highlight API: `CSS.highlights` holds
 * Ranges that the stylesheet paints (`::highlight(name)`), so nothing is inserted into the
 * document (no wrapping spans in the sanitised Word HTML or pdf.js's text layer, nothing for
 * Trusted Types to police). Each owner (a Word page, one PDF page) sets its own ranges; a
 * highlight is the union of its owners'. Chromium has the API; where it is missing nothing is
 * painted, and the reader still scrolls to the passage and lists what it found.
 */
import './highlights.css';

/** The expert's annotations, and the one passage a search hit or the list asked to show. */
export type HighlightName = 'qbr-annotation' | 'qbr-target';

const owners: Record<HighlightName, Map<string, readonly Range[]>> = {
  'qbr-annotation': new Map(),
  'qbr-target': new Map(),
};

/** The registry's map methods (TypeScript types them only under the DOM.Iterable lib). */
interface HighlightMap {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

function registry(): HighlightMap | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS
    ? (CSS.highlights as unknown as HighlightMap)
    : undefined;
}

function paint(name: HighlightName): void {
  const highlights = registry();
  if (!highlights) return;
  const ranges = [...owners[name].values()].flat();
  if (ranges.length === 0) highlights.delete(name);
  else highlights.set(name, new Highlight(...ranges));
}

/** `owner`'s ranges under `name` (none: the owner's are taken away). */
export function markRanges(name: HighlightName, owner: string, ranges: readonly Range[]): void {
  if (ranges.length === 0) owners[name].delete(owner);
  else owners[name].set(owner, ranges);
  paint(name);
}

/** Takes away everything `owner` marked. */
export function unmarkOwner(owner: string): void {
  for (const name of Object.keys(owners) as HighlightName[]) {
    if (owners[name].delete(owner)) paint(name);
  }
}

/** Whether this browser paints highlights (the e2e and the notices ask). */
export function highlightsSupported(): boolean {
  return registry() !== undefined;
}
