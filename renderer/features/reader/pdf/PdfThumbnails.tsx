import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { drawPage, getPdfPage, pageSize } from './pdfjs';
import type { PdfDocument } from './pdfjs';
import type { PdfMessageKey } from './pdf-messages';
import type { PageSize } from './PdfPageView';
import { useNearViewport } from './use-near-viewport';

/** A thumbnail's width in CSS pixels; its height follows the page. */
export const THUMBNAIL_WIDTH = 96;

function PdfThumbnail(props: {
  readonly doc: PdfDocument;
  readonly number: number;
  readonly firstPageSize: PageSize;
  readonly root: RefObject<HTMLElement | null>;
  /** The page the reader is on: marked. */
  readonly current: boolean;
  /** Not drawn yet: the page the reader opens on comes first. */
  readonly held: boolean;
  readonly onOpen: (number: number) => void;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, number, firstPageSize, root, current, held, onOpen, t } = props;
  const box = useRef<HTMLButtonElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearViewport(box, root);
  const [size, setSize] = useState(firstPageSize);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (!near || held) return;
    let cancelled = false;
    let cancel = () => undefined as void;
    setDrawn(false);
    getPdfPage(doc, number)
      .then(async (page) => {
        if (cancelled || !canvas.current) return;
        const ownSize = pageSize(page);
        setSize(ownSize);
        const drawing = drawPage(page, canvas.current, THUMBNAIL_WIDTH / ownSize.width, 1);
        cancel = drawing.cancel;
        await drawing.done;
        if (!cancelled) setDrawn(true);
      })
      // A page that cannot be drawn keeps a blank thumbnail: the page itself says why.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      cancel();
    };
  }, [doc, number, near, held]);

  const height = Math.round((size.height / size.width) * THUMBNAIL_WIDTH);
  return (
    <button
      ref={box}
      type="button"
      className="pdf-thumbnail"
      data-thumbnail={number}
      data-drawn={drawn ? 'true' : undefined}
      aria-label={t('page', { number })}
      aria-current={current ? 'page' : undefined}
      onClick={() => onOpen(number)}
    >
      <span className="pdf-thumbnail-frame" style={{ width: THUMBNAIL_WIDTH, height }}>
        {near ? <canvas ref={canvas} style={{ width: THUMBNAIL_WIDTH, height }} /> : null}
      </span>
      <span className="pdf-thumbnail-number">{number}</span>
    </button>
  );
}

/**
 * The strip scrolled by itself (scrollIntoView would scroll the screen around it too) so that
 * `thumbnail` is in view, with a thumbnail's gap to spare; left alone when it already is.
 */
function keepInView(list: HTMLElement, thumbnail: HTMLElement): void {
  const box = thumbnail.getBoundingClientRect();
  const view = list.getBoundingClientRect();
  const margin = 12;
  if (box.top < view.top + margin) list.scrollTop -= view.top + margin - box.top;
  else if (box.bottom > view.bottom - margin) list.scrollTop += box.bottom - (view.bottom - margin);
}

/**
 * A column of page thumbnails, each drawn as it comes near; a click opens that page. The page
 * the reader is on is marked, and the strip follows it so its thumbnail stays in view.
 */
export function PdfThumbnails(props: {
  readonly doc: PdfDocument;
  readonly firstPageSize: PageSize;
  /** The page the reader is on (from 1). */
  readonly currentPage: number;
  /** The thumbnails wait while the page the reader opens on is drawn. */
  readonly held: boolean;
  readonly onOpen: (number: number) => void;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, firstPageSize, currentPage, held, onOpen, t } = props;
  const list = useRef<HTMLElement>(null);
  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  useEffect(() => {
    const strip = list.current;
    const thumbnail = strip?.querySelector<HTMLElement>(`[data-thumbnail="${currentPage}"]`);
    if (strip && thumbnail) keepInView(strip, thumbnail);
  }, [currentPage]);
  return (
    <nav ref={list} className="pdf-thumbnails" aria-label={t('thumbnails')}>
      {pages.map((number) => (
        <PdfThumbnail
          key={number}
          doc={doc}
          number={number}
          firstPageSize={firstPageSize}
          root={list}
          current={number === currentPage}
          held={held}
          onOpen={onOpen}
          t={t}
        />
      ))}
    </nav>
  );
}
