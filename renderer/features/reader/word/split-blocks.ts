/**
 * Cuts mammoth's HTML into chunks of top-level blocks, so the viewer can insert the first
 * screen at once and the rest in small steps. mammoth escapes `&`, `<` and `>` in text and
 * attribute values, so every `<` in its output opens a tag and nesting can be counted without
 * a DOM (the worker has none). A miscount only moves a cut: each chunk is sanitised on its own.
 */
import type { WordChunk, WordHeading } from './word-protocol';

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(\/?)>/g;

/** The top-level elements of `html`, in order, each as its own string. */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, , selfClosing] = match;
    const index = match.index;
    if (depth === 0 && index > start && html.slice(start, index).trim() !== '') {
      // Text between blocks (mammoth does not write any, but a cut must not lose it).
      blocks.push(html.slice(start, index));
      start = index;
    }
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing) depth += 1;
    if (depth === 0) {
      blocks.push(html.slice(start, index + whole.length));
      start = index + whole.length;
    }
  }
  if (html.slice(start).trim() !== '') blocks.push(html.slice(start));
  return blocks;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an HTML fragment written by mammoth: tags dropped, its few entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    });
}

const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g;

function headingsOf(html: string): WordHeading[] {
  const headings: WordHeading[] = [];
  for (const [, level, inner] of html.matchAll(HEADING)) {
    const text = plainText(inner ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    headings.push({ level: Number(level), text });
  }
  return headings;
}

export interface ChunkSizes {
  /** HTML characters in the first chunk: small, so the first screen comes quickly. */
  readonly first: number;
  /** HTML characters in each later chunk. */
  readonly rest: number;
}

/** About a screen for the first chunk, a few pages for the others. */
export const DEFAULT_CHUNK_SIZES: ChunkSizes = { first: 6_000, rest: 40_000 };

/** Groups the blocks of `html` into chunks of about the given sizes (a block is never cut). */
export function chunkHtml(html: string, sizes: ChunkSizes = DEFAULT_CHUNK_SIZES): WordChunk[] {
  const chunks: WordChunk[] = [];
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length === 0) return;
    const chunkHtml = parts.join('');
    chunks.push({
      html: chunkHtml,
      headings: headingsOf(chunkHtml),
      textLength: plainText(chunkHtml).length,
    });
    parts = [];
    size = 0;
  };
  for (const block of topLevelBlocks(html)) {
    parts.push(block);
    size += block.length;
    if (size >= (chunks.length === 0 ? sizes.first : sizes.rest)) flush();
  }
  flush();
  return chunks;
}
