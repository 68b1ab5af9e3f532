/**
 * The TIFF worker's entry: utif2 kept off the page's thread, one file per worker, its pages
 * decoded when asked and sent back as transferred RGBA buffers. Created only through
 * trusted-types.ts (`createTrustedWorker`), from the app's own origin, and ended by the viewer
 * when the material closes or a request outlasts its time limit.
 */
import { TiffFile } from './tiff-pages';
import type { TiffRequest, TiffResponse } from './tiff-protocol';

let file: TiffFile | undefined;

function answer(response: TiffResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, { transfer });
}

self.onmessage = (event: MessageEvent<TiffRequest>) => {
  const request = event.data;
  if (request.kind === 'open') {
    const opened = TiffFile.open(new Uint8Array(request.bytes));
    if (typeof opened === 'string') {
      answer({ kind: 'failed', failure: opened });
      return;
    }
    file = opened;
    answer({ kind: 'opened', pages: opened.pages });
    return;
  }
  try {
    if (!file) throw new Error('no file open');
    const pixels = file.decodePage(request.index);
    answer({ kind: 'page', index: request.index, ...pixels }, [pixels.rgba.buffer]);
  } catch {
    answer({ kind: 'page-failed', index: request.index });
  }
};
