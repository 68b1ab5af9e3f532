import type { WordChunk } from './word-protocol';

export interface OutlineEntry {
  /** The heading's number in the whole document (its `data-heading` once inserted). */
  readonly heading: number;
  readonly chunk: number;
  readonly level: number;
  readonly text: string;
}

/** Every heading with text, numbered across chunks in document order. */
export function outlineOf(chunks: readonly WordChunk[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let heading = 0;
  chunks.forEach((chunk, index) => {
    for (const { level, text } of chunk.headings) {
      if (text !== '') entries.push({ heading, chunk: index, level, text });
      heading += 1;
    }
  });
  return entries;
}

/** The number of the first heading of each chunk. */
export function firstHeadings(chunks: readonly WordChunk[]): number[] {
  let next = 0;
  return chunks.map((chunk) => {
    const first = next;
    next += chunk.headings.length;
    return first;
  });
}
