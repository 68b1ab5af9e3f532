/// <reference types="vite/client" />
/**
 * The e2e's page for the PDF viewer, built by its own Vite entry (vite.config.ts beside it) into
 * a temporary folder and served only by test/e2e/reader-pdf.e2e.ts: the production renderer's
 * build neither sees nor ships it. It mounts the real PdfView with the app's styles, under the
 * production CSP, and lets the test hand it a material's bytes. Its layout is the Word fixture's.
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { PdfView } from '../../../renderer/features/reader/pdf/PdfView';
import '../../../renderer/styles.css';
import '../word-fixture/fixture.css';

declare global {
  interface Window {
    /** Shows `base64`'s bytes as the material `fileName` (a fresh viewer each time). */
    showPdf?: (base64: string, fileName: string) => void;
    /** Unmounts the viewer, as closing a material does. */
    closePdf?: () => void;
  }
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('no #root');
const root = createRoot(rootElement);
let shown = 0;

window.showPdf = (base64, fileName) => {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  shown += 1;
  root.render(
    createElement(
      StrictMode,
      null,
      createElement(
        LocaleContext.Provider,
        { value: 'zh-CN' },
        createElement(
          'div',
          { className: 'fixture-frame' },
          createElement('header', { className: 'fixture-title' }, fileName),
          createElement(
            'main',
            { className: 'fixture-reader' },
            createElement(PdfView, { key: shown, bytes, fileName }),
          ),
        ),
      ),
    ),
  );
};

window.closePdf = () => root.render(null);
