import { useRef, useState } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { PdfDocument } from './pdfjs';
import type { PdfMessageKey } from './pdf-messages';
import { PdfPageView } from './PdfPageView';
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
      />
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
    </>
  );
}
