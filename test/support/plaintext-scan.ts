/**
 * The secrecy check the tests share: which files a flow wrote, and whether any of them holds a
 * confidential text in plaintext, as UTF-8, UTF-16LE or GBK (what Chinese Windows writes).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/** Every regular file under `dir`, recursively; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** For each file that holds one of `texts` in any of the three encodings: the file and the text. */
export async function plaintextFound(
  files: readonly string[],
  texts: readonly string[],
): Promise<{ file: string; text: string }[]> {
  const needles = texts.flatMap((text) =>
    [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), iconv.encode(text, 'gbk')].map(
      (bytes) => ({ text, bytes }),
    ),
  );
  const found: { file: string; text: string }[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    for (const needle of needles) {
      if (bytes.includes(needle.bytes)) found.push({ file, text: needle.text });
    }
  }
  return found;
}
