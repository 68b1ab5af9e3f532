import { useEffect, useState } from 'react';
import { convertInWorker } from './convert-in-worker';
import type { WordRequest, WordResponse } from './word-protocol';

export type ConversionState<F extends WordRequest['format']> =
  | { readonly status: 'converting' }
  | { readonly status: 'done'; readonly conversion: WordResponse<F> };

/** Converts `bytes` in a worker; a new material, or unmounting, stops the running conversion. */
export function useWordConversion<F extends WordRequest['format']>(
  format: F,
  bytes: Uint8Array,
): ConversionState<F> {
  const [done, setDone] = useState<{ bytes: Uint8Array; conversion: WordResponse<F> }>();
  useEffect(() => {
    const running = convertInWorker(format, bytes);
    let current = true;
    void running.result.then((conversion) => {
      if (current) setDone({ bytes, conversion });
    });
    return () => {
      current = false;
      running.cancel();
    };
  }, [format, bytes]);
  return done && done.bytes === bytes
    ? { status: 'done', conversion: done.conversion }
    : { status: 'converting' };
}
