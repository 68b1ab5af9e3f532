/**
 * What went wrong opening a PDF, as a category the viewer can say in words. pdf.js's own
 * messages are English and sometimes quote the file: they are never shown.
 */
export type PdfFailure = 'encrypted' | 'corrupt' | 'empty-file' | 'no-pages' | 'timeout' | 'failed';

export const PDF_FAILURES: readonly PdfFailure[] = [
  'encrypted',
  'corrupt',
  'empty-file',
  'no-pages',
  'timeout',
  'failed',
];

/** pdf.js's errors cross the worker as plain objects with a `name`: classified by it. */
export function classifyPdfError(error: unknown): PdfFailure {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  switch (name) {
    case 'PdfTimeoutError':
      return 'timeout';
    case 'PasswordException':
      return 'encrypted';
    case 'InvalidPDFException':
    case 'FormatError':
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
      return 'corrupt';
    default:
      return 'failed';
  }
}
