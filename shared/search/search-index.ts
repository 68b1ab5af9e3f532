/**
 * The search over every material of a package, held in memory only (never written anywhere):
 * built document by document (so a worker can say how far it is), queried in milliseconds.
 *
 * Each sentence is cut into words by Intl.Segmenter (segment-text.ts), folded, and the index maps
 * each word to the sentences that hold it. A query term is matched as written, wherever the
 * documents' words begin and end: every pair of neighbouring characters in the term is either
 * inside one of the documents' words, or across the edge between two of their segments, and the
 * index keeps that second kind too (one number per edge). So the sentences that may hold a term
 * are those holding, for each of its pairs, a word containing the pair or the pair across an
 * edge; the cheapest few pairs narrow, and every candidate sentence is then checked for the term
 * itself: the index only narrows, the text decides, so a hit is never missed for a segmentation
 * and never invented by one.
 */
import { firstCodePoint, lastCodePoint } from './code-points';
import { InvertedLists } from './inverted-lists';
import { PairTable } from './pair-table';
import { countSentences, emptySentenceBits, forEachSentence, intersectInto } from './sentence-bits';
import { sentencesOf, segmentsOf } from './segment-text';
import type { TextSentence } from './segment-text';
import { foldForSearch } from './text-fold';

export interface SearchDocument {
  /** The document's id (a material, or one page of it); hits name it. */
  readonly id: string;
  /** What the reader groups hits by (the application). */
  readonly groupId: string;
  /** The text as the reader shows it (offsets in hits are into this text). */
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
/** Sentences are cut into words a few at a time, up to this many characters in one call. */
const SEGMENT_BATCH = 200;
/**
 * Narrowing stops when checking the sentences left would cost less than marking the next pair's
 * postings: checking one sentence costs about as much as marking this many posting entries.
 */
const CHECK_COST = 8;

interface IndexedDocument {
  readonly doc: SearchDocument;
  readonly folded: string;
}

export interface SearchIndex {
  /** Adds one document; call once per document. */
  add(doc: SearchDocument): void;
  /**
   * Makes what was added searchable (the posting lists are built from what was appended); a
   * search does it first when needed, so call it only to pay that cost up front.
   */
  prepare(): void;
  readonly documentCount: number;
  readonly sentenceCount: number;
  /** Space-separated terms must all be in one sentence; each term is matched as written. */
  search(query: string, options?: { readonly maxHits?: number }): SearchResult;
}

/** A growable column of numbers, one per sentence. */
class Column {
  values = new Uint32Array(1024);
  set(at: number, value: number): void {
    if (at === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[at] = value;
  }
}

/** One posting list: a word's or a pair's, by its id in the lists that hold it. */
type ListRef = { readonly lists: InvertedLists; readonly id: number };

/** The sentences that may hold a term, as one of the sets to intersect, with its cost. */
interface Constraint {
  readonly lists: readonly ListRef[];
  readonly cost: number;
}

export function createSearchIndex(): SearchIndex {
  const documents: IndexedDocument[] = [];
  const sentenceDocument = new Column();
  const sentenceStart = new Column();
  const sentenceEnd = new Column();
  let sentenceCount = 0;
  // Words by id: a word of one UTF-16 unit (most Chinese words the segmenter leaves alone) is
  // found by its code in a table; longer ones in a Map.
  const words: string[] = [];
  const singleUnitWords = new Int32Array(0x10000).fill(-1);
  const longerWords = new Map<string, number>();
  const wordLists = new InvertedLists();
  // Word ids by character (code point), for a query pair the documents hold inside a word.
  const wordsWithChar = new Map<string, number[]>();
  // Pairs of characters across the edge of two segments, or inside one that is not a word.
  const pairs = new PairTable();
  const pairLists = new InvertedLists();
  // Characters seen outside words (punctuation, symbols): a one-character term of these is
  // looked for in every sentence.
  const charsOutsideWords = new Set<string>();
  let prepared = true;

  function wordId(word: string): number {
    if (word.length === 1) {
      const known = singleUnitWords[word.charCodeAt(0)]!;
      if (known !== -1) return known;
    } else {
      const known = longerWords.get(word);
      if (known !== undefined) return known;
    }
    const id = words.length;
    words.push(word);
    if (word.length === 1) singleUnitWords[word.charCodeAt(0)] = id;
    else longerWords.set(word, id);
    for (const char of new Set(word)) {
      const known = wordsWithChar.get(char);
      if (known) known.push(id);
      else wordsWithChar.set(char, [id]);
    }
    return id;
  }

  function postOutsideWords(segment: string, sentence: number): void {
    let previous = -1;
    for (const char of segment) {
      charsOutsideWords.add(char);
      const point = char.codePointAt(0)!;
      if (previous !== -1) pairLists.append(pairs.idFor(previous, point), sentence);
      previous = point;
    }
  }

  /** Cuts sentences [from, to) of one document, a few at a time, and posts what they hold. */
  function indexSentences(
    folded: string,
    cut: readonly TextSentence[],
    from: number,
    to: number,
    first: number,
  ): void {
    const batchStart = cut[from]!.start;
    let current = from;
    let previousEnd = -1;
    let previousLast = 0;
    const piece = folded.slice(batchStart, cut[to - 1]!.end);
    const segments = segmentsOf(piece);
    // Segment by segment through containing(): a little quicker than the iterator protocol.
    for (let at = 0; at < piece.length;) {
      const part = segments.containing(at)!;
      at = part.index + part.segment.length;
      const start = batchStart + part.index;
      const segment = part.segment;
      const end = start + segment.length;
      while (start >= cut[current]!.end) current++;
      // A pair across the edge of two segments of one sentence.
      if (previousEnd === start && start > cut[current]!.start) {
        pairLists.append(pairs.idFor(previousLast, firstCodePoint(segment)), first + current);
      }
      // A segment that runs past its sentence's end (1;2 holds a stop) is posted in each.
      for (let s = current; ; s++) {
        if (part.isWordLike) wordLists.append(wordId(segment), first + s);
        else postOutsideWords(segment, first + s);
        if (s + 1 >= to || end <= cut[s]!.end) break;
      }
      previousEnd = end;
      previousLast = lastCodePoint(segment);
    }
  }

  function prepare(): void {
    if (prepared) return;
    wordLists.prepare(words.length, sentenceCount);
    pairLists.prepare(pairs.size, sentenceCount);
    prepared = true;
  }

  /** The sentences that may hold `term` (folded, without spaces), as constraints to intersect. */
  function constraintsFor(term: string): Constraint[] | null {
    const chars = [...term];
    const wordRefs = (ids: readonly number[]) => ids.map((id) => ({ lists: wordLists, id }));
    if (chars.length === 1) {
      if (charsOutsideWords.has(chars[0]!)) return null;
      return [constraint(wordRefs(wordsWithChar.get(chars[0]!) ?? []))];
    }
    const out: Constraint[] = [];
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      const refs = wordRefs(
        (wordsWithChar.get(chars[i]!) ?? []).filter((id) => words[id]!.includes(pair)),
      );
      const edge = pairs.get(firstCodePoint(pair), lastCodePoint(pair));
      if (edge !== -1) refs.push({ lists: pairLists, id: edge });
      out.push(constraint(refs));
    }
    return out;
  }

  function constraint(lists: ListRef[]): Constraint {
    let cost = 0;
    for (const { lists: owner, id } of lists) cost += owner.count(id);
    return { lists, cost };
  }

  function markAll(constraint: Constraint, bits: Uint32Array): void {
    for (const { lists, id } of constraint.lists) lists.markInto(id, bits);
  }

  /** The candidate sentences for every term, or null when every sentence is one. */
  function candidateSentences(terms: readonly string[]): Uint32Array | null {
    const all: Constraint[] = [];
    for (const term of terms) all.push(...(constraintsFor(term) ?? []));
    if (all.length === 0) return null;
    all.sort((a, b) => a.cost - b.cost);
    const candidates = emptySentenceBits(sentenceCount);
    markAll(all[0]!, candidates);
    let left = countSentences(candidates);
    for (const next of all.slice(1)) {
      if (left === 0 || left * CHECK_COST < next.cost) break;
      const bits = emptySentenceBits(sentenceCount);
      markAll(next, bits);
      left = intersectInto(candidates, bits);
    }
    return candidates;
  }

  return {
    add(doc) {
      prepared = false;
      const folded = foldForSearch(doc.text);
      const document = documents.length;
      documents.push({ doc, folded });
      const cut = sentencesOf(folded);
      const first = sentenceCount;
      for (const [i, sentence] of cut.entries()) {
        sentenceDocument.set(first + i, document);
        sentenceStart.set(first + i, sentence.start);
        sentenceEnd.set(first + i, sentence.end);
      }
      sentenceCount += cut.length;
      // A few sentences per call to the segmenter; a long one (a table's cells) alone.
      for (let from = 0; from < cut.length;) {
        let to = from + 1;
        while (to < cut.length && cut[to]!.end - cut[from]!.start <= SEGMENT_BATCH) to++;
        indexSentences(folded, cut, from, to, first);
        from = to;
      }
    },
    prepare,
    get documentCount() {
      return documents.length;
    },
    get sentenceCount() {
      return sentenceCount;
    },
    search(query, options = {}) {
      const terms = foldForSearch(query)
        .split(/\s+/)
        .filter((t) => t !== '');
      const maxHits = options.maxHits ?? MAX_HITS;
      const hits: SearchHit[] = [];
      let total = 0;
      if (terms.length === 0) return { hits, total };
      prepare();
      const check = (id: number) => {
        const { doc, folded } = documents[sentenceDocument.values[id]!]!;
        const start = sentenceStart.values[id]!;
        const end = sentenceEnd.values[id]!;
        // The sentence's own text: indexOf in the whole document would run past the sentence to
        // the term's next place, far away for a rare term in a sentence that lacks it.
        const text = folded.slice(start, end);
        for (let t = 1; t < terms.length; t++) if (!text.includes(terms[t]!)) return;
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
      };
      const candidates = candidateSentences(terms);
      if (candidates === null) for (let id = 0; id < sentenceCount; id++) check(id);
      else forEachSentence(candidates, check);
      return { hits, total };
    },
  };
}
