/**
 * The search over every material of a package, held in memory only (never written anywhere):
 * built document by document (so a worker can say how far it is), queried in milliseconds.
 *
 * The index maps each word (Intl.Segmenter's cut of each sentence, folded) to the sentences that
 * hold it. A query term is found through the words that contain its own words, or its characters
 * when the document was cut differently ("量标" across 质量|标杆), and every candidate sentence is
 * then checked for the term itself: the index only narrows, the text decides, so a hit is never
 * missed for a segmentation and never invented by one.
 */
import { sentencesOf, wordsOf } from './segment-text';
import { foldForSearch } from './text-fold';

export interface SearchDocument {
  /** The material's id; hits name it. */
  readonly id: string;
  /** What the reader groups hits by (the application). */
  readonly groupId: string;
  /** The material's text as the reader shows it (offsets in hits are into this text). */
  readonly text: string;
}

export interface SearchHit {
  readonly documentId: string;
  readonly groupId: string;
  /** Where the match is in the document's text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The match with some of its sentence around it, as written. */
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Every match counted, even past the hits returned. */
  readonly total: number;
}

/** Context shown on each side of a match, in characters, within its sentence. */
const CONTEXT = 30;
/** Hits returned at most; the total still counts them all. */
export const MAX_HITS = 200;

interface IndexedDocument {
  readonly doc: SearchDocument;
  readonly folded: string;
}

interface Sentence {
  readonly document: number;
  readonly start: number;
  readonly end: number;
}

export interface SearchIndex {
  /** Adds one document; call once per material. */
  add(doc: SearchDocument): void;
  readonly documentCount: number;
  readonly sentenceCount: number;
  /** Space-separated terms must all be in one sentence; each term is matched as written. */
  search(query: string, options?: { readonly maxHits?: number }): SearchResult;
}

/** A growable list of sentence numbers, kept sorted because sentences are added in order. */
class Postings {
  ids = new Uint32Array(4);
  length = 0;
  push(id: number): void {
    if (this.length > 0 && this.ids[this.length - 1] === id) return;
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }
}

export function createSearchIndex(): SearchIndex {
  const documents: IndexedDocument[] = [];
  const sentences: Sentence[] = [];
  const postings = new Map<string, Postings>();
  // Words by character, for a query word the documents never cut out on its own.
  const wordsWithChar = new Map<string, string[]>();

  function index(word: string, sentence: number): void {
    let list = postings.get(word);
    if (!list) {
      list = new Postings();
      postings.set(word, list);
      for (const char of new Set(word)) {
        const words = wordsWithChar.get(char);
        if (words) words.push(word);
        else wordsWithChar.set(char, [word]);
      }
    }
    list.push(sentence);
  }

  /** The sentences that may hold `token`: a bitmap over all sentences. */
  function candidatesFor(token: string): Uint32Array {
    const bits = new Uint32Array((sentences.length + 31) >>> 5);
    const mark = (word: string) => {
      const list = postings.get(word)!;
      for (let i = 0; i < list.length; i++) bits[list.ids[i]! >>> 5]! |= 1 << (list.ids[i]! & 31);
    };
    // By code point: a character outside the BMP is one character, not two halves.
    const chars = [...new Set(token)];
    const containing = (wordsWithChar.get(chars[0]!) ?? []).filter((w) => w.includes(token));
    if (containing.length > 0 || chars.length === 1) {
      containing.forEach(mark);
      return bits;
    }
    // The token spans words in the documents: each of its characters must be there.
    let all: Uint32Array | null = null;
    for (const char of chars) {
      const one = candidatesFor(char);
      if (all === null) all = one;
      else for (let i = 0; i < all.length; i++) all[i]! &= one[i]!;
    }
    return all ?? bits;
  }

  function candidateSentences(terms: readonly string[]): number[] {
    let all: Uint32Array | null = null;
    for (const term of terms) {
      // A term with no word in it (punctuation, a lone symbol) is checked in every sentence.
      for (const token of wordsOf(term)) {
        const bits = candidatesFor(token);
        if (all === null) all = bits;
        else for (let i = 0; i < all.length; i++) all[i]! &= bits[i]!;
      }
    }
    if (all === null) return sentences.map((_, i) => i);
    const out: number[] = [];
    for (let word = 0; word < all.length; word++) {
      let bits = all[word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        out.push((word << 5) + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    return out;
  }

  return {
    add(doc) {
      const folded = foldForSearch(doc.text);
      const document = documents.length;
      documents.push({ doc, folded });
      for (const { start, end } of sentencesOf(folded)) {
        const sentence = sentences.length;
        sentences.push({ document, start, end });
        for (const word of wordsOf(folded.slice(start, end))) index(word, sentence);
      }
    },
    get documentCount() {
      return documents.length;
    },
    get sentenceCount() {
      return sentences.length;
    },
    search(query, options = {}) {
      const terms = foldForSearch(query)
        .split(/\s+/)
        .filter((t) => t !== '');
      const maxHits = options.maxHits ?? MAX_HITS;
      const hits: SearchHit[] = [];
      let total = 0;
      if (terms.length === 0) return { hits, total };
      for (const id of candidateSentences(terms)) {
        const { document, start, end } = sentences[id]!;
        const { doc, folded } = documents[document]!;
        const text = folded.slice(start, end);
        if (!terms.every((term) => text.includes(term))) continue;
        // Every place the first term stands in the sentence is a hit.
        const term = terms[0]!;
        for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
          total++;
          if (hits.length >= maxHits) continue;
          const from = start + at;
          const to = from + term.length;
          hits.push({
            documentId: doc.id,
            groupId: doc.groupId,
            start: from,
            end: to,
            before: doc.text.slice(Math.max(start, from - CONTEXT), from),
            match: doc.text.slice(from, to),
            after: doc.text.slice(to, Math.min(end, to + CONTEXT)),
          });
        }
      }
      return { hits, total };
    },
  };
}
