import { useRef, useState } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { PdfDocument } from './pdfjs';
import type { PdfMessageKey } from './pdf-messages';
import { PdfPageView } from './PdfPageView';
import { PdfThumbnails } from './PdfThumbnails';
import type { PageSize } from './PdfPageView';
import { usePaneWidth } from './use-pane-width';
import { effectiveScale, FIT_WIDTH } from './zoom';
import type { Zoom } from './zoom';
import { ZoomBar } from './ZoomBar';

/** The open document: the zoom bar over a scrolling column of pages, drawn as they come near. */
export function PdfDocumentView(props: {
  readonly doc: PdfDocument;
  readonly firstPageSize: PageSize;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { doc, firstPageSize, t } = props;
  const scroll = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(scroll);
  const [zoom, setZoom] = useState<Zoom>(FIT_WIDTH);
  const [thumbnails, setThumbnails] = useState(true);
  // The pane alone scrolls (scrollIntoView would scroll the screen around it too).
  const openPage = (number: number) => {
    const pane = scroll.current;
    const target = pane?.querySelector(`[data-page="${number}"]`);
    if (!pane || !target) return;
    const gap = parseFloat(getComputedStyle(pane).paddingTop) || 0;
    pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - gap;
  };
  const scale = effectiveScale(zoom, paneWidth, firstPageSize.width);
  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  return (
    <>
      <ZoomBar
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        summary={t('pageCount', { count: doc.numPages })}
        t={t}
      >
        <button type="button" aria-pressed={thumbnails} onClick={() => setThumbnails(!thumbnails)}>
          {t('showThumbnails')}
        </button>
      </ZoomBar>
      <div className="pdf-body">
        {thumbnails ? (
          <PdfThumbnails doc={doc} firstPageSize={firstPageSize} onOpen={openPage} t={t} />
        ) : null}
        <div
          ref={scroll}
          className="pdf-scroll"
          role="document"
          aria-label={t('document')}
          data-pages={doc.numPages}
          data-scale={scale.toFixed(3)}
        >
          {paneWidth > 0
            ? pages.map((number) => (
                <PdfPageView
                  key={number}
                  doc={doc}
                  number={number}
                  scale={scale}
                  firstPageSize={firstPageSize}
                  scrollRoot={scroll}
                  t={t}
                />
              ))
            : null}
        </div>
      </div>
    </>
  );
}
