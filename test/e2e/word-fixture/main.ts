/// <reference types="vite/client" />
/**
 * The e2e's page for the Word viewer, built by its own Vite entry (vite.config.ts beside it)
 * into a temporary folder and served only by test/e2e/reader-word.e2e.ts: the production
 * renderer's build neither sees nor ships it. It mounts the real WordView with the app's styles,
 * under the production CSP, and lets the test hand it a document's bytes.
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { WordView } from '../../../renderer/features/reader/word/WordView';
import '../../../renderer/styles.css';
import './fixture.css';

declare global {
  interface Window {
    /** Shows `base64`'s bytes as the material `fileName` (a fresh viewer each time). */
    showWord?: (base64: string, fileName: string) => void;
  }
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('no #root');
const root = createRoot(rootElement);
let shown = 0;

window.showWord = (base64, fileName) => {
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
            createElement(WordView, { key: shown, bytes, fileName }),
          ),
        ),
      ),
    ),
  );
};
