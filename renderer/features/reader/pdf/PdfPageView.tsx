import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { drawPage, drawTextLayer, getPdfPage, pageSize } from './pdfjs';
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
 * The page's passages are marked in its text layer, and a target found on it shown. Its picture
 * is drawn before its text layer, and `data-rendered` says the picture is on the page.
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
  /** Not drawn yet, even when near: the page the reader opens on is drawn first. */
  readonly held: boolean;
  /** Called once the page's picture is drawn or has failed. */
  readonly onSettled?: () => void;
  /** The page the reader opens on: drawn at once, without waiting a frame for the observer. */
  readonly opening?: boolean;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, number, scale, firstPageSize, scrollRoot, passages, target, held, onSettled, t } =
    props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, scrollRoot, props.opening === true);
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

  const latest = useRef(onSettled);
  latest.current = onSettled;
  useEffect(() => {
    if (!near || held) return;
    let cancelled = false;
    const cancels: (() => void)[] = [];
    setDrawn('waiting');
    setDrawnText(0);
    getPdfPage(doc, number).then(
      async (page) => {
        if (cancelled) return;
        setSize(pageSize(page));
        const target = canvas.current;
        const layer = textLayer.current;
        if (!target || !layer) return;
        layer.replaceChildren();
        // The picture first, alone in the worker's queue: it is what the reader waits to see.
        const picture = drawPage(page, target, scale, Math.min(window.devicePixelRatio || 1, 2));
        cancels.push(picture.cancel);
        const pictured = await picture.done.then(
          () => true,
          () => false,
        );
        if (cancelled) return;
        setDrawn(pictured ? 'drawn' : 'failed');
        latest.current?.();
        const text = drawTextLayer(page, layer, scale);
        cancels.push(text.cancel);
        const texted = await text.done.then(
          () => true,
          () => false,
        );
        if (cancelled) return;
        setHasText(texted && (layer.textContent ?? '').trim() !== '');
        if (texted) setDrawnText((count) => count + 1);
      },
      () => {
        if (cancelled) return;
        setDrawn('failed');
        latest.current?.();
      },
    );
    return () => {
      cancelled = true;
      for (const cancel of cancels) cancel();
    };
  }, [doc, number, scale, near, held]);

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
