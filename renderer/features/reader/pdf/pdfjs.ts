/**
 * The one door to pdf.js (eslint.config.js): every document is opened here, with the settings
 * SECURITY.md item 10 asks for, and its pages drawn here. Each document gets a worker of its own,
 * started through the Trusted Types worker policy (pdf.js's own `new Worker(string)` would be
 * refused) and terminated when the document closes.
 */
import { getDocument, PDFWorker, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from './pdf-worker.ts?worker&url';
import { createTrustedWorker } from '../word/trusted-types';
import { pdfAssetUrls } from './pdf-assets';
import { textOfItems } from './pdf-page-text';
import { PDF_TO_CSS_UNITS } from './zoom';

export type PdfDocument = PDFDocumentProxy;
export type PdfPage = PDFPageProxy;

/** A page image above this many pixels is not decoded (a JBIG2 "bomb" declares 10^10). */
export const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;
/** Opening (parsing the trailer and page tree) that takes longer than this is stuck. */
export const OPEN_TIME_LIMIT_MS = 60_000;

export interface OpeningPdf {
  readonly document: Promise<PdfDocument>;
  /** Stops everything: the loading task, the document, its worker. */
  close(): void;
}

export class PdfTimeoutError extends Error {
  override name = 'PdfTimeoutError';
}

export function openPdf(bytes: Uint8Array): OpeningPdf {
  const worker = createTrustedWorker(workerUrl, 'pdf-reader');
  // pdf.js's typings say `port?: null`; its code takes any Worker (or MessagePort) here.
  const pdfWorker = new PDFWorker({ port: worker as unknown as null });
  const task = getDocument({
    // pdf.js takes the buffer over (it is transferred to the worker): a copy, the caller keeps theirs.
    data: bytes.slice(),
    worker: pdfWorker,
    ...pdfAssetUrls(document.baseURI),
    // The page fetches the CMaps and fonts (connect-src 'self') and hands them over; the
    // worker itself requests nothing but its JPEG 2000 decoder's script.
    useWorkerFetch: false,
    // pdf.js's wasm decoders would need 'wasm-unsafe-eval'; its JavaScript decoders serve.
    useWasm: false,
    isEvalSupported: false,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    // Fonts a PDF does not embed come from pdf.js's standard fonts or the platform's, never a URL.
    useSystemFonts: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let closed = false;
  let timedOut = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    void task.destroy().finally(() => {
      pdfWorker.destroy();
      worker.terminate();
    });
  };
  const timer = setTimeout(() => {
    timedOut = true;
    close();
  }, OPEN_TIME_LIMIT_MS);
  const opened = task.promise.then(
    (doc) => {
      clearTimeout(timer);
      return doc;
    },
    (error: unknown) => {
      throw timedOut ? new PdfTimeoutError('time limit') : error;
    },
  );
  return { document: opened, close };
}

export interface Drawing {
  readonly done: Promise<void>;
  cancel(): void;
}

/** A page that is not drawn in this time is stuck (a hostile content stream): it is stopped. */
export const PAGE_TIME_LIMIT_MS = 10_000;

/** `drawing`, cancelled and rejected when it outlasts the page time limit. */
function timeLimited(drawing: Drawing): Drawing {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      drawing.cancel();
      reject(new PdfTimeoutError('page time limit'));
    }, PAGE_TIME_LIMIT_MS);
  });
  const done = Promise.race([drawing.done, limit]).finally(() => clearTimeout(timer));
  return {
    done,
    cancel: () => {
      clearTimeout(timer);
      drawing.cancel();
    },
  };
}

/** The page's size in CSS pixels at zoom 1 (96 dpi). */
export function pageSize(page: PdfPage): { width: number; height: number } {
  const { width, height } = page.getViewport({ scale: PDF_TO_CSS_UNITS });
  return { width, height };
}

/** Draws `page` into `canvas` at zoom `scale`, sharp on this screen (`pixelRatio` device pixels). */
export function drawPage(
  page: PdfPage,
  canvas: HTMLCanvasElement,
  scale: number,
  pixelRatio: number,
): Drawing {
  const viewport = page.getViewport({ scale: scale * PDF_TO_CSS_UNITS * pixelRatio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  // No annotation layer: links and form fields stay inert (SECURITY.md item 10).
  const task = page.render({ canvas, viewport, annotationMode: 0 });
  return timeLimited({ done: task.promise, cancel: () => task.cancel() });
}

/**
 * Lays the page's text over it, transparent and selectable, at zoom `scale`; the container's
 * `--total-scale-factor` must be `scale * PDF_TO_CSS_UNITS` (pdf.js's CSS sizes the text by it).
 */
export function drawTextLayer(page: PdfPage, container: HTMLElement, scale: number): Drawing {
  const layer = new TextLayer({
    textContentSource: page.streamTextContent(),
    container,
    viewport: page.getViewport({ scale: scale * PDF_TO_CSS_UNITS }),
  });
  return timeLimited({ done: layer.render(), cancel: () => layer.cancel() });
}

/**
 * A page's text as its text layer will hold it (pdf-page-text.ts), read without drawing the
 * page: where a passage is, before the page is near. Stopped after the page time limit.
 */
export function readPageText(doc: PdfDocument, number: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfTimeoutError('page text time limit')),
      PAGE_TIME_LIMIT_MS,
    );
  });
  const text = doc
    .getPage(number)
    .then((page) => page.getTextContent())
    .then((content) => textOfItems(content.items));
  return Promise.race([text, limit]).finally(() => clearTimeout(timer));
}
