import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared third-party corpus (../shared/corpus from the repo root). */
export const corpusRoot = fileURLToPath(
  new URL('../../../../../../shared/corpus/', import.meta.url),
);

/** Every file under the corpus except its README, as '/'-separated relative paths, sorted. */
export function listCorpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (relative(corpusRoot, path) !== 'README.md')
        files.push(relative(corpusRoot, path).split('\\').join('/'));
    }
  };
  walk(corpusRoot);
  return files;
}

export function corpusPath(file: string): string {
  return join(corpusRoot, file);
}

export function corpusBytes(file: string): Uint8Array {
  return readFileSync(corpusPath(file));
}

/** Names, sizes and content hashes of every file under `dir`: to prove nothing was written. */
export function treeFingerprint(dir: string): string[] {
  const lines: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stats = statSync(path);
      if (stats.isDirectory()) {
        lines.push(`${relative(dir, path)}/`);
        walk(path);
      } else {
        const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
        lines.push(`${relative(dir, path)} ${stats.size} ${digest}`);
      }
    }
  };
  walk(dir);
  return lines;
}
