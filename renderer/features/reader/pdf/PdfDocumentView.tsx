import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import {
  reportReaderTarget,
  selectReaderTarget,
  selectReaderTargetOutcome,
  useReaderTargetStore,
} from '../../../state/reader-target-store';
import type { Passage, PassageProps } from '../word/passages';
import { NO_PASSAGES } from '../word/passages';
import { findOnPages, pagesToSearch } from './pdf-page-text';
import { readPageText } from './pdfjs';
import type { PdfDocument } from './pdfjs';
import type { PdfMessageKey } from './pdf-messages';
import { PdfPageView } from './PdfPageView';
import { PdfThumbnails } from './PdfThumbnails';
import type { PageSize } from './PdfPageView';
import type { PageTarget } from './use-page-passages';
import { useCurrentPage } from './use-current-page';
import { usePdfPlace } from './use-pdf-place';
import { usePaneWidth } from './use-pane-width';
import { effectiveScale, FIT_WIDTH } from './zoom';
import type { Zoom } from './zoom';
import { ZoomBar } from './ZoomBar';

const NO_PAGE_PASSAGES: readonly Passage[] = [];

/** The width below which the pages start without thumbnails (a narrow reading pane). */
const THUMBNAILS_NEED_PX = 700;

/** The annotations of each page. */
function passagesByPage(passages: readonly Passage[]): ReadonlyMap<number, Passage[]> {
  const pages = new Map<number, Passage[]>();
  for (const passage of passages) {
    if (passage.page === undefined) continue;
    pages.set(passage.page, [...(pages.get(passage.page) ?? []), passage]);
  }
  return pages;
}

/**
 * The open document: the zoom bar over a scrolling column of pages, drawn as they come near.
 * Each annotation is looked for on its page's text (read without drawing it) and marked in the
 * page once drawn; a reader target for the material is looked for on its page (a search hit on
 * every page after it), and the page holding it scrolled to, drawn and marked.
 */
export function PdfDocumentView(
  props: PassageProps & {
    readonly doc: PdfDocument;
    readonly firstPageSize: PageSize;
    readonly t: FeatureTranslate<PdfMessageKey>;
  },
) {
  const { doc, firstPageSize, t, materialId } = props;
  const passages = props.passages ?? NO_PASSAGES;
  const scroll = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(scroll);
  const [zoom, setZoom] = useState<Zoom>(FIT_WIDTH);
  // Thumbnails beside the pages where there is room for both; hidden or shown by hand after.
  const body = useRef<HTMLDivElement>(null);
  const bodyWidth = usePaneWidth(body);
  const [chosenThumbnails, setThumbnails] = useState<boolean | null>(null);
  const thumbnails = chosenThumbnails ?? bodyWidth >= THUMBNAILS_NEED_PX;
  // The pane alone scrolls (scrollIntoView would scroll the screen around it too).
  const openPage = useCallback((number: number) => {
    const pane = scroll.current;
    const target = pane?.querySelector(`[data-page="${number}"]`);
    if (!pane || !target) return;
    const gap = parseFloat(getComputedStyle(pane).paddingTop) || 0;
    pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - gap;
  }, []);

  // Each page's text is read once, when a passage is first looked for on it.
  const textOf = useMemo(() => {
    const texts = new Map<number, Promise<string>>();
    return (page: number) => {
      let text = texts.get(page);
      if (!text) {
        text = readPageText(doc, page);
        texts.set(page, text);
      }
      return text;
    };
  }, [doc]);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const byPage = useMemo(() => passagesByPage(passages), [passages]);
  const signature = useMemo(() => JSON.stringify(passages), [passages]);
  const latest = useRef({ passages, onFindings: props.onFindings });
  latest.current = { passages, onFindings: props.onFindings };
  useEffect(() => {
    let current = true;
    void (async () => {
      const findings: Record<string, 'found' | 'not-found'> = {};
      for (const passage of latest.current.passages) {
        const pages = pagesToSearch(doc.numPages, passage.page, false);
        const found = await findOnPages(pages, textOf, passage.quote, passage.position);
        findings[passage.id] = found ? 'found' : 'not-found';
      }
      if (current) latest.current.onFindings?.(findings);
    })();
    return () => {
      current = false;
    };
  }, [signature, doc, textOf]);

  const target = useReaderTargetStore(selectReaderTarget);
  const outcome = useReaderTargetStore(selectReaderTargetOutcome);
  const [pageTarget, setPageTarget] = useState<PageTarget | null>(null);
  const sought = useRef(0);
  useEffect(() => {
    if (!target || outcome !== 'pending' || target.materialId !== materialId) return;
    if (sought.current === target.request || paneWidth === 0) return;
    sought.current = target.request;
    const everywhere = target.kind === 'search-hit' || target.page === undefined;
    const pages = pagesToSearch(doc.numPages, target.page, everywhere);
    void findOnPages(pages, textOf, target.quote, target.position).then((found) => {
      if (!alive.current) return;
      if (!found) {
        setPageTarget(null);
        reportReaderTarget(target.request, 'not-found');
        return;
      }
      openPage(found.page);
      setPageTarget({
        page: found.page,
        request: target.request,
        quote: target.quote,
        ...(target.position === undefined ? {} : { position: target.position }),
      });
    });
  }, [target, outcome, materialId, paneWidth, doc, textOf, openPage]);
  const currentPage = useCurrentPage(scroll, doc.numPages);
  const scale = effectiveScale(zoom, paneWidth, firstPageSize.width);
  usePdfPlace({ scroller: scroll, ready: paneWidth > 0, place: props });
  // The page the reader opens on is drawn before any other page or thumbnail; once it is (or
  // the reader has moved on), the rest draw as they come near.
  const openingPage = Math.min(props.startAt?.page ?? 1, doc.numPages);
  const [openingDrawn, setOpeningDrawn] = useState(false);
  const onOpeningDrawn = useCallback(() => setOpeningDrawn(true), []);
  const holding = !openingDrawn && currentPage === openingPage;
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
      <div ref={body} className="pdf-body">
        {thumbnails ? (
          <PdfThumbnails
            doc={doc}
            firstPageSize={firstPageSize}
            currentPage={currentPage}
            held={holding}
            onOpen={openPage}
            t={t}
          />
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
                  passages={byPage.get(number) ?? NO_PAGE_PASSAGES}
                  target={pageTarget?.page === number ? pageTarget : null}
                  held={holding && number !== openingPage}
                  {...(number === openingPage ? { onSettled: onOpeningDrawn, opening: true } : {})}
                  t={t}
                />
              ))
            : null}
        </div>
      </div>
    </>
  );
}
