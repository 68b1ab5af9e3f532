import { useEffect, useState } from 'react';
import { convertInWorker } from './convert-in-worker';
import type { WordConversion } from './word-protocol';

export type ConversionState =
  | { readonly status: 'converting' }
  | { readonly status: 'done'; readonly conversion: WordConversion };

/** Converts `bytes` in a worker; a new material, or unmounting, stops the running conversion. */
export function useWordConversion(bytes: Uint8Array | undefined): ConversionState {
  const [done, setDone] = useState<{ bytes: Uint8Array; conversion: WordConversion }>();
  useEffect(() => {
    if (!bytes) return undefined;
    const running = convertInWorker(bytes);
    let current = true;
    void running.result.then((conversion) => {
      if (current) setDone({ bytes, conversion });
    });
    return () => {
      current = false;
      running.cancel();
    };
  }, [bytes]);
  return done && done.bytes === bytes
    ? { status: 'done', conversion: done.conversion }
    : { status: 'converting' };
}
