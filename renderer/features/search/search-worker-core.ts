/**
 * What the search worker does with each message, apart from the worker itself (so Node's unit
 * tests drive it): Word bytes to text through the reader's one mammoth door (or the legacy .doc
 * reader), texts into the in-memory index of shared/search, queries answered with each hit's
 * material, page, context and quote. Held in memory only: nothing is written anywhere.
 */
import { createSearchIndex } from '../../../shared/search/search-index';
import { extractDocxText } from '../reader/word/convert-docx';
import { extractDocText } from '../reader/word/doc-text';
import { quoteForHit } from './quote-for-hit';
import type { SearchHitView, SearchWorkerAnswer, SearchWorkerRequest } from './search-protocol';

interface IndexedText {
  readonly applicationId: string;
  readonly materialId: string;
  readonly page?: number;
  readonly text: string;
}

export interface SearchWorkerCore {
  handle(request: SearchWorkerRequest): Promise<SearchWorkerAnswer>;
}

async function extract(format: 'docx' | 'doc', bytes: ArrayBuffer): Promise<string | null> {
  if (format === 'docx') return extractDocxText(bytes);
  const legacy = extractDocText(bytes);
  // One paragraph a line, as the legacy view shows one paragraph a block.
  return legacy.ok ? legacy.paragraphs.join('\n') : null;
}

export function createSearchWorkerCore(): SearchWorkerCore {
  const index = createSearchIndex();
  const texts = new Map<string, IndexedText>();

  function add(request: Extract<SearchWorkerRequest, { type: 'add' }>): number {
    let characters = 0;
    request.texts.forEach((text, i) => {
      if (text.trim() === '') return;
      const page = request.kind === 'pdf' ? i + 1 : undefined;
      const id = page === undefined ? request.materialId : `${request.materialId}#${page}`;
      texts.set(id, {
        applicationId: request.applicationId,
        materialId: request.materialId,
        ...(page === undefined ? {} : { page }),
        text,
      });
      index.add({ id, groupId: request.applicationId, text });
      characters += text.length;
    });
    return characters;
  }

  function query(text: string): { hits: SearchHitView[]; total: number } {
    const result = index.search(text);
    const hits = result.hits.map((hit): SearchHitView => {
      const source = texts.get(hit.documentId)!;
      return {
        applicationId: source.applicationId,
        materialId: source.materialId,
        ...(source.page === undefined ? {} : { page: source.page }),
        // A paragraph's end is shown as the list shows any white space: at most one space.
        before: hit.before.replace(/\s+/g, ' ').trimStart(),
        match: hit.match,
        after: hit.after.replace(/\s+/g, ' ').trimEnd(),
        quote: quoteForHit(source.text, hit.start, hit.end),
      };
    });
    return { hits, total: result.total };
  }

  return {
    async handle(request) {
      switch (request.type) {
        case 'extract': {
          const text = await extract(request.format, request.bytes).catch(() => null);
          return text === null
            ? { type: 'extracted', ok: false }
            : { type: 'extracted', ok: true, text };
        }
        case 'add':
          return { type: 'added', materialId: request.materialId, characters: add(request) };
        case 'prepare':
          index.prepare();
          return { type: 'prepared' };
        case 'query':
          return { type: 'results', request: request.request, ...query(request.query) };
      }
    },
  };
}
