/** docs/journal-format.md's test vectors are what the code computes. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatVectors } from './format-vectors';

const doc = fileURLToPath(new URL('../../../../docs/journal-format.md', import.meta.url));

describe('the journal format document', () => {
  it('holds the test vectors the code computes', async () => {
    const text = await readFile(doc, 'utf8');
    const block = /<!-- vectors -->\n```text\n([\s\S]*?)\n```/.exec(text)?.[1];
    expect(block).toBe(await formatVectors());
  });
});
