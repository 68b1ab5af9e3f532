/**
 * Zoom for the PDF and image viewer: fixed steps in and out (as a desktop PDF reader has), and
 * "fit width", which follows the pane. Scale 1 is a page at 96 dpi (pdf.js's CSS units).
 */
/** pdf.js measures pages in points (72 per inch); CSS pixels are 96 per inch. */
export const PDF_TO_CSS_UNITS = 96 / 72;

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

export type Zoom =
  { readonly mode: 'fit-width' } | { readonly mode: 'scale'; readonly scale: number };

export const FIT_WIDTH: Zoom = { mode: 'fit-width' };

export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

/** Fit width may go below the smallest step: a 300-dpi scan or an A0 drawing must still fit. */
export const MIN_FIT = 0.05;

/** The scale at which a page `pageWidth` wide (at scale 1) fills `paneWidth` less its gutter. */
export function fitWidthScale(paneWidth: number, pageWidth: number, gutter = 32): number {
  if (pageWidth <= 0 || paneWidth <= gutter) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_FIT, (paneWidth - gutter) / pageWidth));
}

/** The next step above the current scale (a fitted scale between steps goes to the next). */
export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((step) => step > current + 1e-6) ?? MAX_ZOOM;
}

/** The next step below; below the smallest step (a fitted scan) it stays where it is. */
export function zoomOut(current: number): number {
  return (
    [...ZOOM_STEPS].reverse().find((step) => step < current - 1e-6) ?? Math.min(current, MIN_ZOOM)
  );
}

/** The scale a zoom gives for this pane and page. */
export function effectiveScale(zoom: Zoom, paneWidth: number, pageWidth: number): number {
  return zoom.mode === 'fit-width' ? fitWidthScale(paneWidth, pageWidth) : clampScale(zoom.scale);
}
