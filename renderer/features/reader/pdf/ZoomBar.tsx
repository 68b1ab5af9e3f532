import type { ReactNode } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { PdfMessageKey } from './pdf-messages';
import { FIT_WIDTH, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut } from './zoom';
import type { Zoom } from './zoom';

/** Zoom out, the current scale, zoom in, fit width; and what the material holds. */
export function ZoomBar(props: {
  readonly zoom: Zoom;
  readonly scale: number;
  readonly onZoom: (zoom: Zoom) => void;
  readonly summary?: string;
  /** More buttons, after the zoom's. */
  readonly children?: ReactNode;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { zoom, scale, onZoom, summary, children, t } = props;
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button
        type="button"
        onClick={() => onZoom({ mode: 'scale', scale: zoomOut(scale) })}
        disabled={scale <= MIN_ZOOM}
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
      >
        −
      </button>
      <output className="pdf-zoom-level" aria-label={t('zoomLevel')}>
        {Math.round(scale * 100)}%
      </output>
      <button
        type="button"
        onClick={() => onZoom({ mode: 'scale', scale: zoomIn(scale) })}
        disabled={scale >= MAX_ZOOM}
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => onZoom(FIT_WIDTH)}
        aria-pressed={zoom.mode === 'fit-width'}
      >
        {t('fitWidth')}
      </button>
      {children}
      {summary ? <span className="pdf-summary">{summary}</span> : null}
    </div>
  );
}
