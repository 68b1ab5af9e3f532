/// <reference types="vite/client" />
/**
 * The test-only page that mounts a reader, built by its own Vite entry (vite.config.ts beside it)
 * into a temporary folder and served under the app's origin with the production CSP by
 * serve-fixture.ts: the production renderer's build neither sees nor ships it. It mounts the real
 * WordView or PdfView with the app's styles and lets the e2e (reader-word, reader-pdf) and the
 * bench (reader.bench.ts) hand it a material's bytes.
 */
import { createElement, StrictMode } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { endPdfWorkers, warmPdfWorker } from '../../../renderer/features/reader/pdf/pdfjs';
import { PdfView } from '../../../renderer/features/reader/pdf/PdfView';
import { WordView } from '../../../renderer/features/reader/word/WordView';
import { showInReader, useReaderTargetStore } from '../../../renderer/state/reader-target-store';
import '../../../renderer/styles.css';
import './fixture.css';

/** Which viewer shows the material: the Word viewer, or the PDF and image viewer. */
export type FixtureViewer = 'word' | 'pdf';

declare global {
  interface Window {
    /** Shows `base64`'s bytes as the Word material `fileName` (a fresh viewer each time). */
    showWord?: (base64: string, fileName: string) => void;
    /** Shows `base64`'s bytes as the PDF or image material `fileName` (a fresh viewer each time). */
    showPdf?: (base64: string, fileName: string) => void;
    /** Shows bytes already in the page (the bench times from here, not from a base64 string). */
    showBytes?: (
      viewer: FixtureViewer,
      bytes: Uint8Array,
      fileName: string,
      materialId?: string,
    ) => void;
    /** Asks the reader for a passage of material `materialId`, as a search hit does. */
    askPassage?: (materialId: string, exact: string) => void;
    /** What the reader answered the passage asked for: pending, shown or not-found. */
    passageOutcome?: () => string;
    /** Unmounts the viewer, as closing a material does. */
    closeReader?: () => void;
    /** Warms the reader's pdf.js worker, as the app does when a package opens; resolves when warm. */
    warmPdf?: () => Promise<void>;
    /** Ends the pdf.js workers, as the app does when the package closes or it locks. */
    endPdf?: () => void;
  }
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('no #root');
const root = createRoot(rootElement);
let shown = 0;

function frame(fileName: string, reader: ReactElement): ReactElement {
  return createElement(
    StrictMode,
    null,
    createElement(
      LocaleContext.Provider,
      { value: 'zh-CN' },
      createElement(
        'div',
        { className: 'fixture-frame' },
        createElement('header', { className: 'fixture-title' }, fileName),
        createElement('main', { className: 'fixture-reader' }, reader),
      ),
    ),
  );
}

window.showBytes = (viewer, bytes, fileName, materialId) => {
  shown += 1;
  // A new key each time: the previous viewer unmounts (closes its material) as the app's does.
  const props = {
    key: shown,
    bytes,
    fileName,
    ...(materialId === undefined ? {} : { materialId }),
  };
  root.render(frame(fileName, createElement(viewer === 'word' ? WordView : PdfView, props)));
};

const decode = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
window.showWord = (base64, fileName) => window.showBytes?.('word', decode(base64), fileName);
window.showPdf = (base64, fileName) => window.showBytes?.('pdf', decode(base64), fileName);
window.closeReader = () => root.render(null);
window.warmPdf = warmPdfWorker;
window.askPassage = (materialId, exact) =>
  showInReader({
    kind: 'search-hit',
    applicationId: 'fixture-application',
    materialId,
    quote: { type: 'TextQuoteSelector', exact },
  });
window.passageOutcome = () => useReaderTargetStore.getState().outcome;
window.endPdf = endPdfWorkers;
