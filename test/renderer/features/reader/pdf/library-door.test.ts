/**
 * pdf.js has one door in the renderer (eslint.config.js): pdfjs.ts opens and draws documents,
 * pdf-worker.ts loads pdf.js's worker build. Linted as if the import lived elsewhere it is
 * refused; in its own door it is not; and the Word doors' bans still hold beside it.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(process.cwd(), '/');
const eslint = new ESLint({ cwd: root });
const CODE =
  "import { getDocument } from 'pdfjs-dist';\n" +
  "import 'pdfjs-dist/build/pdf.worker.mjs';\n" +
  "import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';\n" +
  "import mammoth from 'mammoth';\n" +
  'export const x = [getDocument, mammoth] as unknown as PDFPageProxy;\n';

/** The lines refused by the pdf.js door, and by the Word doors. */
async function refused(pretendPath: string): Promise<{ pdf: number[]; word: number[] }> {
  const [result] = await eslint.lintText(CODE, { filePath: `${root}${pretendPath}` });
  const lines = (rule: string) =>
    result!.messages.filter((message) => message.ruleId === rule).map((message) => message.line);
  return {
    pdf: lines('pdf-door/no-restricted-imports'),
    word: lines('@typescript-eslint/no-restricted-imports'),
  };
}

describe('one door for pdf.js', () => {
  it.each([
    'renderer/features/reader/pdf/PdfView.tsx',
    'renderer/features/reader/word/WordView.tsx',
    'renderer/components/lint-fixture.tsx',
    'renderer/state/lint-fixture.ts',
  ])('refuses pdf.js, its worker build and its types in %s', async (path) => {
    expect(await refused(path)).toEqual({ pdf: [1, 2, 3], word: [4] });
  });

  it('lets the door import pdf.js and nothing under it, the worker entry the worker build only', async () => {
    expect(await refused('renderer/features/reader/pdf/pdfjs.ts')).toEqual({
      pdf: [2, 3],
      word: [4],
    });
    expect(await refused('renderer/features/reader/pdf/pdf-worker.ts')).toEqual({
      pdf: [1],
      word: [4],
    });
  });
});
