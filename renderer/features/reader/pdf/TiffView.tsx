import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { PdfMessageKey } from './pdf-messages';
import { openTiff } from './tiff-document';
import type { TiffDocument } from './tiff-document';
import type { TiffPageSize } from './tiff-pages';
import { useNearViewport } from './use-near-viewport';
import { usePaneWidth } from './use-pane-width';
import { effectiveScale, FIT_WIDTH } from './zoom';
import type { Zoom } from './zoom';
import { ZoomBar } from './ZoomBar';

type TiffLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'open'; readonly doc: TiffDocument }
  | { readonly status: 'failed' };

/** Opens `bytes` in a TIFF worker of its own, ended when the bytes change or the view goes. */
function useTiffDocument(bytes: Uint8Array): TiffLoad {
  const [load, setLoad] = useState<{ bytes: Uint8Array; load: TiffLoad }>();
  useEffect(() => {
    const opening = openTiff(bytes);
    let current = true;
    opening.document.then(
      (doc) => current && setLoad({ bytes, load: { status: 'open', doc } }),
      () => current && setLoad({ bytes, load: { status: 'failed' } }),
    );
    return () => {
      current = false;
      opening.close();
    };
  }, [bytes]);
  return load && load.bytes === bytes ? load.load : { status: 'loading' };
}

/**
 * One page of the scan: a box of its size always (so the scroll bar is true), its canvas only
 * while it is near the viewport, the pixels asked of the worker each time it comes near.
 */
function TiffPage(props: {
  readonly doc: TiffDocument;
  readonly index: number;
  readonly size: TiffPageSize;
  readonly scale: number;
  readonly root: RefObject<HTMLElement | null>;
  readonly onOutcome: (index: number, outcome: 'drawn' | 'failed') => void;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, index, size, scale, root, onOutcome, t } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearViewport(box, root);
  const [drawn, setDrawn] = useState<'waiting' | 'drawn' | 'failed'>('waiting');

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    setDrawn('waiting');
    doc.page(index).then(
      (pixels) => {
        const target = canvas.current;
        if (cancelled || !target) return;
        target.width = pixels.width;
        target.height = pixels.height;
        target
          .getContext('2d')
          ?.putImageData(new ImageData(pixels.rgba, pixels.width, pixels.height), 0, 0);
        setDrawn('drawn');
        onOutcome(index, 'drawn');
      },
      () => {
        if (cancelled) return;
        setDrawn('failed');
        onOutcome(index, 'failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [doc, index, near, onOutcome]);

  const number = index + 1;
  return (
    <div
      ref={box}
      className="pdf-page"
      data-page={number}
      data-rendered={near && drawn === 'drawn' ? 'true' : undefined}
      data-page-failed={drawn === 'failed' ? 'true' : undefined}
      aria-label={t('page', { number })}
      role="region"
      style={{ width: Math.floor(size.width * scale), height: Math.floor(size.height * scale) }}
    >
      {near ? (
        <canvas ref={canvas} className="pdf-canvas" style={{ width: '100%', height: '100%' }} />
      ) : null}
      {drawn === 'failed' ? (
        <p className="notice notice-error pdf-page-error" role="alert">
          {t('pageFailed', { number })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A TIFF scan (one page or many) decoded by utif2 in a worker, each page drawn into a canvas
 * as it comes near, with the same zoom as a PDF; pages are fitted to the widest one. The view
 * is 'rendered' once the first page is drawn, 'error' if the file cannot be opened or its first
 * page cannot be decoded (a later page that fails says so on itself).
 */
export function TiffView(props: {
  readonly bytes: Uint8Array;
  readonly t: FeatureTranslate<PdfMessageKey>;
  readonly onState: (state: 'rendered' | 'error') => void;
}) {
  const { bytes, t, onState } = props;
  const scroll = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(scroll);
  const [zoom, setZoom] = useState<Zoom>(FIT_WIDTH);
  const load = useTiffDocument(bytes);
  // The first page's outcome is the material's: a scan whose first page cannot be decoded
  // has nothing to show.
  const onOutcome = useCallback(
    (index: number, outcome: 'drawn' | 'failed') => {
      if (index === 0) onState(outcome === 'drawn' ? 'rendered' : 'error');
    },
    [onState],
  );
  useEffect(() => {
    if (load.status === 'failed') onState('error');
  }, [load, onState]);

  const pages = load.status === 'open' ? load.doc.pages : [];
  const widest = Math.max(1, ...pages.map((page) => page.width));
  const scale = effectiveScale(zoom, paneWidth, widest);
  return (
    <>
      <ZoomBar
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        summary={pages.length > 1 ? t('pageCount', { count: pages.length }) : undefined}
        t={t}
      />
      <div
        ref={scroll}
        className="pdf-scroll"
        role="document"
        aria-label={t('image')}
        data-pages={pages.length}
        data-scale={scale.toFixed(3)}
      >
        {load.status === 'open' && paneWidth > 0
          ? pages.map((size, index) => (
              <TiffPage
                key={index}
                doc={load.doc}
                index={index}
                size={size}
                scale={scale}
                root={scroll}
                onOutcome={onOutcome}
                t={t}
              />
            ))
          : null}
      </div>
    </>
  );
}
