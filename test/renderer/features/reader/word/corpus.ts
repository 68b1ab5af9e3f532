import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The team's corpus of real third-party files (read-only, ../shared/corpus from the repository
 * root). Found from the working directory: under jsdom, `import.meta.url` is not a file URL.
 */
export const corpusDir = join(process.cwd(), '..', 'shared', 'corpus');

export async function corpusBytes(path: string): Promise<ArrayBuffer> {
  const bytes = await readFile(join(corpusDir, path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
