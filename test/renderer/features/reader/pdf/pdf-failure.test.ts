import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { classifyPdfError } from '../../../../../renderer/features/reader/pdf/pdf-failure';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'pdf.js');

/** What pdf.js (its Node build) rejects `name` with, classified. */
async function failureOf(data: Uint8Array) {
  const task = getDocument({ data, isEvalSupported: false, useWasm: false, verbosity: 0 });
  try {
    await task.promise;
    return 'opened';
  } catch (error) {
    return classifyPdfError(error);
  } finally {
    await task.destroy();
  }
}

describe('classifyPdfError', () => {
  it("sorts pdf.js's errors by name into the viewer's categories", () => {
    expect(classifyPdfError({ name: 'PasswordException', message: 'No password given' })).toBe(
      'encrypted',
    );
    expect(
      classifyPdfError({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' }),
    ).toBe('corrupt');
    expect(classifyPdfError({ name: 'FormatError' })).toBe('corrupt');
    expect(classifyPdfError({ name: 'PdfTimeoutError' })).toBe('timeout');
    expect(classifyPdfError({ name: 'UnknownErrorException' })).toBe('failed');
    expect(classifyPdfError(new Error('x'))).toBe('failed');
    expect(classifyPdfError('a string')).toBe('failed');
    expect(classifyPdfError(null)).toBe('failed');
  });

  it('tells the corpus apart as pdf.js rejects it: encrypted, damaged', async () => {
    const read = async (name: string) => new Uint8Array(await readFile(join(corpus, name)));
    expect(await failureOf(await read('encrypted-attachment.pdf'))).toBe('encrypted');
    expect(await failureOf(await read('REDHAT-1531897-0.pdf'))).toBe('corrupt');
    expect(await failureOf(await read('poppler-395-0-fuzzed.pdf'))).toBe('corrupt');
    expect(await failureOf(new TextEncoder().encode('%PDF-1.4\nnot really'))).toBe('corrupt');
    // An empty user password opens: the reader shows it.
    expect(await failureOf(await read('empty_protected.pdf'))).toBe('opened');
  });
});
