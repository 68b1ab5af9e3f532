// The seed regulation lives beside the repository, in /work/shared/seed (../shared/seed from the root).
import { readFileSync } from 'node:fs';

const seedUrl = new URL('../../../shared/seed/000_130d8b190455ac3c.txt', import.meta.url);

/** The 2021 notice and its 管理办法, as the PDF-to-text conversion left them. */
export function readSeedText(): string {
  return readFileSync(seedUrl, 'utf8');
}

/** Strips the conversion's bookmark markers and all whitespace, for "wording present" checks. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/\s+/g, '');
}
