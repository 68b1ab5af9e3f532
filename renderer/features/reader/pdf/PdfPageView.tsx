import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { drawPage, drawTextLayer, pageSize } from './pdfjs';
import type { PdfDocument } from './pdfjs';
import type { PdfMessageKey } from './pdf-messages';
import { useNearViewport } from './use-near-viewport';
import { usePagePassages } from './use-page-passages';
import type { PageTarget } from './use-page-passages';
import type { Passage } from '../word/passages';
import { PDF_TO_CSS_UNITS } from './zoom';

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

type Drawn = 'waiting' | 'drawn' | 'failed';

/**
 * One page: a box of the page's size always (so the scroll bar is true), its canvas and text
 * layer only while it is near the viewport. Sized from the first page until its own is read.
 * The page's passages are marked in its text layer, and a target found on it shown.
 */
export function PdfPageView(props: {
  readonly doc: PdfDocument;
  readonly number: number;
  readonly scale: number;
  readonly firstPageSize: PageSize;
  readonly scrollRoot: RefObject<HTMLElement | null>;
  /** The annotations on this page. */
  readonly passages: readonly Passage[];
  /** A reader target found on this page. */
  readonly target: PageTarget | null;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, number, scale, firstPageSize, scrollRoot, passages, target, t } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, scrollRoot);
  const [size, setSize] = useState<PageSize>(firstPageSize);
  const [drawn, setDrawn] = useState<Drawn>('waiting');
  const [hasText, setHasText] = useState(false);
  const [drawnText, setDrawnText] = useState(0);
  usePagePassages({
    layer: textLayer,
    drawnText: near ? drawnText : 0,
    scrollRoot,
    passages,
    target,
  });

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    const cancels: (() => void)[] = [];
    setDrawn('waiting');
    setDrawnText(0);
    doc.getPage(number).then(
      async (page) => {
        if (cancelled) return;
        setSize(pageSize(page));
        const target = canvas.current;
        const layer = textLayer.current;
        if (!target || !layer) return;
        layer.replaceChildren();
        const picture = drawPage(page, target, scale, Math.min(window.devicePixelRatio || 1, 2));
        const text = drawTextLayer(page, layer, scale);
        cancels.push(picture.cancel, text.cancel);
        const [pictureDone, textDone] = await Promise.allSettled([picture.done, text.done]);
        if (cancelled) return;
        setHasText(textDone.status === 'fulfilled' && (layer.textContent ?? '').trim() !== '');
        if (textDone.status === 'fulfilled') setDrawnText((count) => count + 1);
        setDrawn(pictureDone.status === 'fulfilled' ? 'drawn' : 'failed');
      },
      () => {
        if (!cancelled) setDrawn('failed');
      },
    );
    return () => {
      cancelled = true;
      for (const cancel of cancels) cancel();
    };
  }, [doc, number, scale, near]);

  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  return (
    <div
      ref={box}
      className="pdf-page"
      data-page={number}
      data-rendered={near && drawn === 'drawn' ? 'true' : undefined}
      data-page-failed={drawn === 'failed' ? 'true' : undefined}
      data-has-text={near && hasText ? 'true' : undefined}
      aria-label={t('page', { number })}
      role="region"
      style={{ width, height, ['--total-scale-factor' as string]: scale * PDF_TO_CSS_UNITS }}
    >
      {near ? (
        <>
          <canvas ref={canvas} className="pdf-canvas" style={{ width, height }} />
          <div ref={textLayer} className="textLayer" />
        </>
      ) : null}
      {drawn === 'failed' ? (
        <p className="notice notice-error pdf-page-error" role="alert">
          {t('pageFailed', { number })}
        </p>
      ) : null}
    </div>
  );
}
