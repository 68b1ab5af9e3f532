/**
 * Runs one conversion in a fresh Word worker, with a time limit after which the worker is
 * terminated: a hostile file can stop its own conversion, never the page.
 */
import workerUrl from './word-worker.ts?worker&url';
import { createTrustedWorker } from './trusted-types';
import type { WordRequest, WordResponse } from './word-protocol';

/** mammoth converts 300 pages in about a second here; a minute means it is stuck. */
export const CONVERSION_TIME_LIMIT_MS = 60_000;

export interface RunningConversion<F extends WordRequest['format']> {
  readonly result: Promise<WordResponse<F>>;
  /** Stops the worker (the viewer closed, or another material was opened). */
  cancel(): void;
}

export function convertInWorker<F extends WordRequest['format']>(
  format: F,
  bytes: Uint8Array,
): RunningConversion<F> {
  // The worker takes its own copy, transferred: the caller's bytes stay theirs.
  const copy = bytes.slice().buffer;
  const worker = createTrustedWorker(workerUrl, 'word-reader');
  let resolveResult: (result: WordResponse<F>) => void = () => undefined;
  const result = new Promise<WordResponse<F>>((resolve) => (resolveResult = resolve));
  const fail = (failure: 'timeout' | 'failed') => settle({ ok: false, failure } as WordResponse<F>);
  const timer = setTimeout(() => fail('timeout'), CONVERSION_TIME_LIMIT_MS);
  function settle(value: WordResponse<F>): void {
    clearTimeout(timer);
    worker.terminate();
    resolveResult(value);
  }
  worker.onmessage = (event: MessageEvent<WordResponse<F>>) => settle(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fail('failed');
  };
  worker.onmessageerror = () => fail('failed');
  const request = { format, bytes: copy } as WordRequest;
  worker.postMessage(request, [copy]);
  return { result, cancel: () => fail('failed') };
}
