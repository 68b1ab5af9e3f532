/**
 * A TIFF scan opened in a worker of its own (tiff-worker.ts): its page sizes first, then each
 * page's pixels when the viewer asks. The worker answers one request at a time; one that takes
 * longer than the time limit (a hostile file's endless loop) ends the worker, and every request
 * still waiting fails.
 */
import workerUrl from './tiff-worker.ts?worker&url';
import { createTrustedWorker } from '../word/trusted-types';
import type { TiffFailure, TiffPageSize, TiffPixels } from './tiff-pages';
import type { TiffRequest, TiffResponse } from './tiff-protocol';

/** Decoding a 600-dpi A4 page takes about a second here; this means the worker is stuck. */
export const TIFF_TIME_LIMIT_MS = 20_000;

export type TiffOpenFailure = TiffFailure | 'timeout' | 'failed';

export class TiffOpenError extends Error {
  constructor(readonly failure: TiffOpenFailure) {
    super(`TIFF not opened: ${failure}`);
    this.name = 'TiffOpenError';
  }
}

export interface TiffDocument {
  readonly pages: readonly TiffPageSize[];
  /** Page `index` (from 0) as RGBA; rejects when it cannot be decoded. */
  page(index: number): Promise<TiffPixels>;
}

export interface OpeningTiff {
  readonly document: Promise<TiffDocument>;
  /** Ends the worker; anything still waiting fails. */
  close(): void;
}

interface Waiting {
  readonly resolve: (response: TiffResponse) => void;
  readonly reject: (error: TiffOpenError) => void;
}

export function openTiff(bytes: Uint8Array): OpeningTiff {
  const worker = createTrustedWorker(workerUrl, 'tiff-reader');
  const waiting: Waiting[] = [];
  let ended: TiffOpenFailure | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const end = (failure: TiffOpenFailure) => {
    if (ended) return;
    ended = failure;
    clearTimeout(timer);
    worker.terminate();
    for (const entry of waiting.splice(0)) entry.reject(new TiffOpenError(failure));
  };
  // The time limit runs for the request the worker is on: restarted at each answer.
  const watch = () => {
    clearTimeout(timer);
    if (waiting.length > 0) timer = setTimeout(() => end('timeout'), TIFF_TIME_LIMIT_MS);
  };
  worker.onmessage = (event: MessageEvent<TiffResponse>) => {
    waiting.shift()?.resolve(event.data);
    watch();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end('failed');
  };
  worker.onmessageerror = () => end('failed');

  const ask = (request: TiffRequest, transfer: Transferable[] = []) =>
    new Promise<TiffResponse>((resolve, reject) => {
      if (ended) {
        reject(new TiffOpenError(ended));
        return;
      }
      waiting.push({ resolve, reject });
      worker.postMessage(request, transfer);
      if (waiting.length === 1) watch();
    });

  // The worker takes its own copy, transferred: the caller's bytes stay theirs.
  const copy = bytes.slice().buffer;
  const document = ask({ kind: 'open', bytes: copy }, [copy]).then((opened): TiffDocument => {
    if (opened.kind === 'failed') throw new TiffOpenError(opened.failure);
    if (opened.kind !== 'opened') throw new TiffOpenError('failed');
    return {
      pages: opened.pages,
      page: async (index) => {
        const answer = await ask({ kind: 'page', index });
        if (answer.kind !== 'page') throw new TiffOpenError('corrupt');
        return { width: answer.width, height: answer.height, rgba: answer.rgba };
      },
    };
  });
  return { document, close: () => end('failed') };
}
