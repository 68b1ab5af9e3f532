/**
 * The package search reads materials through the reader's doors and nothing else of the
 * reader's folder (eslint.config.js, searchReaderDoors): the doors pass, the reader's views,
 * other features, the libraries themselves and the shell's store do not; and no other feature
 * gains the doors.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, pretendPath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(`${code}\nexport { x };\n`, {
    filePath: `${root}${pretendPath}`,
  });
  return result!.messages.map((message) => message.ruleId);
}

const inSearch = 'renderer/features/search/lint-fixture.ts';

describe('the search and the reader’s doors', () => {
  it.each([
    "import { extractDocxText as x } from '../reader/word/convert-docx';",
    "import { extractDocText as x } from '../reader/word/doc-text';",
    "import { createTrustedWorker as x } from '../reader/word/trusted-types';",
    "import { openPdf as x } from '../reader/pdf/pdfjs';",
    "import { materialKind as x } from '../reader/pdf/material-kind';",
  ])('lets the search import %s', async (code) => {
    expect(await ruleIds(code, inSearch)).toEqual([]);
  });

  it.each([
    ["import { WordView as x } from '../reader/word/WordView';", 'no-restricted-imports'],
    ["import { x } from '../reader/word/convert-docx-extra';", 'no-restricted-imports'],
    ["import { DeskScreen as x } from '../desk/DeskScreen';", 'no-restricted-imports'],
    ["import { ReadingScreen as x } from '../reading/ReadingScreen';", 'no-restricted-imports'],
    ["import { useUiStore as x } from '../../state/ui-store';", 'no-restricted-imports'],
    ["import { api as x } from '../../ipc/client';", 'no-restricted-imports'],
    ["import x from 'mammoth';", '@typescript-eslint/no-restricted-imports'],
    ["import { getDocument as x } from 'pdfjs-dist';", 'pdf-door/no-restricted-imports'],
  ])('refuses %s in the search', async (code, rule) => {
    expect(await ruleIds(code, inSearch)).toContain(rule);
  });

  it('gives the doors to no other feature', async () => {
    expect(
      await ruleIds(
        "import { extractDocxText as x } from '../reader/word/convert-docx';",
        'renderer/features/desk/lint-fixture.ts',
      ),
    ).toContain('no-restricted-imports');
  });
});
