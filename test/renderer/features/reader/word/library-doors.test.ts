/**
 * mammoth and DOMPurify each have one door in the renderer (eslint.config.js): the converter
 * the Word worker runs, and the sanitiser. Linted as if the import lived elsewhere, or in the
 * other door, it is refused; in its own door it is not.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(process.cwd(), '/');
const eslint = new ESLint({ cwd: root });
const CODE =
  "import mammoth from 'mammoth';\nimport DOMPurify from 'dompurify';\nexport const x = [mammoth, DOMPurify];\n";

async function refused(pretendPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(CODE, { filePath: `${root}${pretendPath}` });
  return result!.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message.split(' ')[0]!.replace(/'/g, ''));
}

describe('one door each for mammoth and DOMPurify', () => {
  it.each([
    'renderer/features/reader/word/WordView.tsx',
    'renderer/features/reader/pdf/lint-fixture.ts',
    'renderer/components/lint-fixture.tsx',
    'renderer/state/lint-fixture.ts',
  ])('refuses both in %s', async (path) => {
    expect(await refused(path)).toEqual(['mammoth', 'dompurify']);
  });

  it('lets each door import its own library only', async () => {
    expect(await refused('renderer/features/reader/word/convert-docx.ts')).toEqual(['dompurify']);
    expect(await refused('renderer/features/reader/word/sanitize-word-html.ts')).toEqual([
      'mammoth',
    ]);
  });
});
