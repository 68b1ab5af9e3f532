/**
 * Runs one conversion in a fresh Word worker, with a time limit after which the worker is
 * terminated: a hostile file can stop its own conversion, never the page.
 */
import workerUrl from './word-worker.ts?worker&url';
import { createTrustedWorker } from './trusted-types';
import type { WordConversion, WordRequest } from './word-protocol';

/** mammoth converts 300 pages in under a second here; a minute means it is stuck. */
export const CONVERSION_TIME_LIMIT_MS = 60_000;

export interface RunningConversion {
  readonly result: Promise<WordConversion>;
  /** Stops the worker (the viewer closed, or another material was opened). */
  cancel(): void;
}

export function convertInWorker(bytes: Uint8Array): RunningConversion {
  // The worker takes its own copy, transferred: the caller's bytes stay theirs.
  const copy = bytes.slice().buffer;
  const worker = createTrustedWorker(workerUrl, 'word-reader');
  let resolveResult: (result: WordConversion) => void = () => undefined;
  const result = new Promise<WordConversion>((resolve) => (resolveResult = resolve));
  const timer = setTimeout(
    () => settle({ ok: false, failure: 'timeout' }),
    CONVERSION_TIME_LIMIT_MS,
  );
  function settle(value: WordConversion): void {
    clearTimeout(timer);
    worker.terminate();
    resolveResult(value);
  }
  worker.onmessage = (event: MessageEvent<WordConversion>) => settle(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ ok: false, failure: 'failed' });
  };
  worker.onmessageerror = () => settle({ ok: false, failure: 'failed' });
  const request: WordRequest = { bytes: copy };
  worker.postMessage(request, [copy]);
  return {
    result,
    cancel: () => settle({ ok: false, failure: 'failed' }),
  };
}
