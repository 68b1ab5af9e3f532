import { describe, expect, it } from 'vitest';
import {
  clampScale,
  effectiveScale,
  FIT_WIDTH,
  fitWidthScale,
  MAX_ZOOM,
  MIN_FIT,
  MIN_ZOOM,
  zoomIn,
  zoomOut,
  ZOOM_STEPS,
} from '../../../../../renderer/features/reader/pdf/zoom';

describe('zoom', () => {
  it('steps in and out through the fixed steps, stopping at the ends', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
    // From a fitted scale below the smallest step, zooming out never zooms in.
    expect(zoomOut(0.4)).toBe(0.4);
    expect(zoomIn(0.4)).toBe(MIN_ZOOM);
    // A fitted scale between steps goes to the next step either way.
    expect(zoomIn(1.66)).toBe(1.75);
    expect(zoomOut(1.66)).toBe(1.5);
    for (const step of ZOOM_STEPS.slice(0, -1)) expect(zoomOut(zoomIn(step))).toBe(step);
  });

  it('fits a page to the pane less its gutter, within the zoom range', () => {
    expect(fitWidthScale(1032, 500)).toBe(2);
    expect(fitWidthScale(432, 800)).toBe(0.5);
    expect(fitWidthScale(100_000, 500)).toBe(MAX_ZOOM);
    // A 300-dpi A4 scan (2480 pixels wide) still fits a laptop's pane, below the smallest step.
    expect(fitWidthScale(1032, 2480)).toBeCloseTo(0.403, 3);
    expect(fitWidthScale(40, 800)).toBe(MIN_FIT);
    // A pane not yet measured, or a page of no width, gives 100 %.
    expect(fitWidthScale(0, 800)).toBe(1);
    expect(fitWidthScale(1000, 0)).toBe(1);
  });

  it('clamps a chosen scale and ignores what is not a number', () => {
    expect(clampScale(10)).toBe(MAX_ZOOM);
    expect(clampScale(0.01)).toBe(MIN_ZOOM);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(effectiveScale({ mode: 'scale', scale: 1.25 }, 1000, 500)).toBe(1.25);
    expect(effectiveScale(FIT_WIDTH, 1032, 500)).toBe(2);
  });
});
