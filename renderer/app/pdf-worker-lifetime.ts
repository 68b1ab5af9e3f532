/**
 * The reader's pdf.js worker lives as long as the open package: started (warm) once a package is
 * open, so the first PDF an expert reads does not wait for pdf.js's worker to compile, and ended
 * with every document it holds when the package closes, another replaces it, or the app locks
 * (locking closes the package in main, and the desk's status says so). pdf.js is loaded for this
 * only in a page that can run workers, and not at all until a package is open.
 */
import type * as PdfDoorModule from '../features/reader/pdf/pdfjs';
import { selectOpenedPackage, useDeskStore } from '../state/desk-store';
import type { DeskState } from '../state/desk-store';

type PdfDoor = typeof PdfDoorModule;

/** Which package the worker belongs to, or null with none open. */
export function packageKey(state: DeskState): string | null {
  const opened = selectOpenedPackage(state);
  return opened ? `${opened.caseId}/${opened.packageId}/${opened.packageSequence}` : null;
}

let door: Promise<PdfDoor> | null = null;

function loadDoor(): Promise<PdfDoor> {
  door ??= import('../features/reader/pdf/pdfjs');
  return door;
}

/** Follows `key` as it changes: the worker ended when the package goes, warmed when one comes. */
export function followPackage(
  previous: string | null,
  key: string | null,
  pdf: { warm(): void; end(): void },
): void {
  if (previous === key) return;
  if (previous !== null) pdf.end();
  if (key !== null) pdf.warm();
}

let started = false;

/** Starts following the desk's package (once; the app's composition calls it). */
export function keepPdfWorkerWithPackage(): void {
  if (started || typeof Worker === 'undefined') return;
  started = true;
  let previous = packageKey(useDeskStore.getState());
  const pdf = {
    warm: () =>
      void loadDoor().then(
        (m) => m.warmPdfWorker(),
        () => undefined,
      ),
    // pdf.js not loaded yet: it has no worker to end.
    end: () =>
      void door?.then(
        (m) => m.endPdfWorkers(),
        () => undefined,
      ),
  };
  followPackage(null, previous, pdf);
  useDeskStore.subscribe((state) => {
    const key = packageKey(state);
    followPackage(previous, key, pdf);
    previous = key;
  });
}
