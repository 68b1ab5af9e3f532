/**
 * The one door to pdf.js (eslint.config.js): every document is opened here, with the settings
 * SECURITY.md item 10 asks for, and its pages drawn here. Documents share a warm worker per lane
 * (warm-worker.ts): the reader's, and a background one for work such as search, so reading never
 * queues behind it. Each is started through the Trusted Types worker policy (pdf.js's own
 * `new Worker(string)` would be refused) and ended when the package closes or the app locks
 * (`endPdfWorkers`), or at once after a document ran past a time limit.
 */
import { getDocument, PDFWorker, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from './pdf-worker.ts?worker&url';
import { createTrustedWorker } from '../word/trusted-types';
import { CachedCMapReaderFactory, CachedStandardFontDataFactory } from './pdf-asset-cache';
import { pdfAssetUrls } from './pdf-assets';
import { textOfItems } from './pdf-page-text';
import { WarmWorker } from './warm-worker';
import type { WorkerLease } from './warm-worker';
import { warmUpPdf } from './warm-up-pdf';
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

/** Which warm worker a document uses: the reader's, or the one for work in the background. */
export type PdfLane = 'reading' | 'background';

/** A closing document whose worker does not answer in this time is stuck: the worker ends. */
const CLOSE_TIME_LIMIT_MS = 5_000;

function startPdfWorker() {
  const thread = createTrustedWorker(workerUrl, 'pdf-reader');
  // pdf.js's typings say `port?: null`; its code takes any Worker (or MessagePort) here.
  const worker = new PDFWorker({ port: thread as unknown as null });
  return {
    worker,
    stop: () => {
      worker.destroy();
      thread.terminate();
    },
  };
}

const lanes: Record<PdfLane, WarmWorker<PDFWorker>> = {
  reading: new WarmWorker(startPdfWorker),
  background: new WarmWorker(startPdfWorker),
};

/**
 * Starts the reader's worker ahead of a document (a package is open: a material will come) and
 * reads a built-in one-page PDF with it (warm-up-pdf.ts), so pdf.js's code has run once and the
 * Chinese CMap is in memory; resolves when that is done (a failure only leaves it less warm).
 */
export async function warmPdfWorker(): Promise<void> {
  lanes.reading.warm();
  const opening = openPdf(warmUpPdf(), 'reading');
  try {
    const page = await (await opening.document).getPage(1);
    await Promise.all([page.getOperatorList(), page.getTextContent()]);
  } catch {
    // Nothing to tell: the first material opens as it would have without the warm-up.
  } finally {
    opening.close();
  }
}

/** Ends every pdf.js worker and what it holds (the package closed, the app locked). */
export function endPdfWorkers(): void {
  lanes.reading.retire();
  lanes.background.retire();
}

/** How many workers a lane has started this session (tests, the bench's notes). */
export function pdfWorkersStarted(lane: PdfLane): number {
  return lanes[lane].startedCount;
}

export function openPdf(bytes: Uint8Array, lane: PdfLane = 'background'): OpeningPdf {
  const lease = lanes[lane].lend();
  const task = getDocument({
    // pdf.js takes the buffer over (it is transferred to the worker): a copy, the caller keeps theirs.
    data: bytes.slice(),
    worker: lease.worker,
    ...pdfAssetUrls(document.baseURI),
    // The page fetches the CMaps and fonts (connect-src 'self') and hands them over, from
    // memory after the first time; the worker itself requests nothing but its JPEG 2000 decoder's script.
    useWorkerFetch: false,
    CMapReaderFactory: CachedCMapReaderFactory,
    StandardFontDataFactory: CachedStandardFontDataFactory,
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
    documentLeases.delete(task);
    if (timedOut || pageTimedOut.has(task)) {
      // Its worker may be busy for ever: ended now, not asked to let the document go.
      lease.giveBack(true);
      return;
    }
    // The worker stays for the next document; one that cannot even let this one go is ended.
    let stuckTimer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<boolean>((resolve) => {
      stuckTimer = setTimeout(() => resolve(true), CLOSE_TIME_LIMIT_MS);
    });
    void Promise.race([
      task.destroy().then(
        () => false,
        () => true,
      ),
      stuck,
    ]).then((isStuck) => {
      clearTimeout(stuckTimer);
      lease.giveBack(isStuck);
    });
  };
  documentLeases.set(task, lease);
  const timer = setTimeout(() => {
    timedOut = true;
    lease.setAside();
    close();
  }, OPEN_TIME_LIMIT_MS);
  const opened = task.promise.then(
    (doc) => {
      clearTimeout(timer);
      documentTasks.set(doc, task);
      return doc;
    },
    (error: unknown) => {
      throw timedOut ? new PdfTimeoutError('time limit') : error;
    },
  );
  return { document: opened, close };
}

type LoadingTask = ReturnType<typeof getDocument>;
/** Each open document's loading task, to find it again when one of its pages runs too long. */
const documentTasks = new WeakMap<PdfDocument, LoadingTask>();
/** The worker each open document borrowed. */
const documentLeases = new WeakMap<LoadingTask, WorkerLease<PDFWorker>>();
/** Tasks one of whose pages ran past the page time limit: their worker ends when they close. */
const pageTimedOut = new WeakSet<LoadingTask>();

/**
 * A page of `doc` ran past its time limit: the worker may still be busy with it, so no new
 * document is given that worker (the next starts another), and it ends when `doc` closes.
 */
function notePageTimeout(doc: PdfDocument | undefined): void {
  const task = doc && documentTasks.get(doc);
  if (!task) return;
  pageTimedOut.add(task);
  documentLeases.get(task)?.setAside();
}

export interface Drawing {
  readonly done: Promise<void>;
  cancel(): void;
}

/** A page that is not drawn in this time is stuck (a hostile content stream): it is stopped. */
export const PAGE_TIME_LIMIT_MS = 10_000;

/** Each page handed out by `getPdfPage`, with its document. */
const pageDocuments = new WeakMap<PdfPage, PdfDocument>();

/** Page `number` of `doc` (from 1): every page drawn goes through here. */
export async function getPdfPage(doc: PdfDocument, number: number): Promise<PdfPage> {
  const page = await doc.getPage(number);
  pageDocuments.set(page, doc);
  return page;
}

/**
 * `drawing`, cancelled and rejected when it outlasts the page time limit; the worker then ends
 * once its document closes (it may still be busy with the page).
 */
function timeLimited(drawing: Drawing, doc: PdfDocument | undefined): Drawing {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      notePageTimeout(doc);
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
  return timeLimited({ done: task.promise, cancel: () => task.cancel() }, pageDocuments.get(page));
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
  return timeLimited(
    { done: layer.render(), cancel: () => layer.cancel() },
    pageDocuments.get(page),
  );
}

/**
 * A page's text as its text layer will hold it (pdf-page-text.ts), read without drawing the
 * page: where a passage is, before the page is near. Stopped after the page time limit.
 */
export function readPageText(doc: PdfDocument, number: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      notePageTimeout(doc);
      reject(new PdfTimeoutError('page text time limit'));
    }, PAGE_TIME_LIMIT_MS);
  });
  const text = doc
    .getPage(number)
    .then((page) => page.getTextContent())
    .then((content) => textOfItems(content.items));
  return Promise.race([text, limit]).finally(() => clearTimeout(timer));
}
