/**
 * The Word worker's entry: one conversion per message, mammoth (and the legacy .doc reader)
 * kept off the page's thread. Images travel back as transferred buffers, never as URLs.
 * Created only through trusted-types.ts (`createTrustedWorker`), from the app's own origin.
 */
import { convertDocx } from './convert-docx';
import { extractDocText } from './doc-text';
import type { LegacyWordText, WordConversion, WordRequest } from './word-protocol';

async function convert(request: WordRequest): Promise<WordConversion | LegacyWordText> {
  try {
    return request.format === 'doc'
      ? extractDocText(request.bytes)
      : await convertDocx(request.bytes);
  } catch {
    return { ok: false, failure: 'failed' };
  }
}

self.onmessage = async (event: MessageEvent<WordRequest>) => {
  const result = await convert(event.data);
  const transfer = result.ok && 'images' in result ? result.images.map((image) => image.bytes) : [];
  try {
    self.postMessage(result, { transfer });
  } catch {
    // The page must hear an answer: without one it would wait for the time limit.
    self.postMessage({ ok: false, failure: 'failed' } satisfies WordConversion);
  }
};
