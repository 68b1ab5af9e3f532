/**
 * The Word worker's entry: one conversion per message, mammoth kept off the page's thread.
 * Images travel back as transferred buffers, never as URLs. Created only through
 * trusted-types.ts (`createTrustedWorker`), from the app's own origin.
 */
import { convertDocx } from './convert-docx';
import type { WordConversion, WordRequest } from './word-protocol';

async function convert(request: WordRequest): Promise<WordConversion> {
  try {
    return await convertDocx(request.bytes);
  } catch {
    return { ok: false, failure: 'failed' };
  }
}

self.onmessage = async (event: MessageEvent<WordRequest>) => {
  const result = await convert(event.data);
  const transfer = result.ok ? result.images.map((image) => image.bytes) : [];
  try {
    self.postMessage(result, { transfer });
  } catch {
    // The page must hear an answer: without one it would wait for the time limit.
    self.postMessage({ ok: false, failure: 'failed' } satisfies WordConversion);
  }
};
