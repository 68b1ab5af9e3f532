import { useEffect, useState } from 'react';
import { classifyPdfError } from './pdf-failure';
import type { PdfFailure } from './pdf-failure';
import { openPdf, pageSize } from './pdfjs';
import type { PdfDocument } from './pdfjs';
import type { PageSize } from './PdfPageView';

/** An A4 page at zoom 1, in CSS pixels: the size of a page that cannot be read. */
const A4_SIZE: PageSize = { width: 794, height: 1123 };

export type PdfLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'open'; readonly doc: PdfDocument; readonly firstPageSize: PageSize }
  | { readonly status: 'failed'; readonly failure: PdfFailure };

/**
 * Opens `bytes` with pdf.js in the reader's warm worker and reads the first page's size; closes
 * the document (the worker stays for the next) when the bytes change or the viewer goes away.
 */
export function usePdfDocument(bytes: Uint8Array): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });
  useEffect(() => {
    setLoad({ status: 'loading' });
    if (bytes.length === 0) {
      setLoad({ status: 'failed', failure: 'empty-file' });
      return;
    }
    const opening = openPdf(bytes, 'reading');
    let current = true;
    opening.document
      .then(async (doc) => {
        if (doc.numPages === 0) return { status: 'failed', failure: 'no-pages' } as const;
        // A first page that cannot be read still opens the document: that page says so itself.
        const firstPageSize = await doc.getPage(1).then(pageSize, () => A4_SIZE);
        return { status: 'open', doc, firstPageSize } as const;
      })
      .then(
        (next) => current && setLoad(next),
        (error: unknown) =>
          current && setLoad({ status: 'failed', failure: classifyPdfError(error) }),
      );
    return () => {
      current = false;
      opening.close();
    };
  }, [bytes]);
  return load;
}
