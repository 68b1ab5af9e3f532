/**
 * Chinese (and mixed) text cut the way the search index reads it: into sentences first, so a
 * hit is shown in its sentence and a word never spans two, then each sentence into words by the
 * platform's own segmenter (Intl.Segmenter, ICU's dictionary for Chinese): no library, no
 * download, the same cut in Node and in the browser.
 *
 * Sentences are cut here, at the stops Chinese and English text uses, not by Intl's sentence
 * granularity: V8 walks a long text's sentences in time that grows with the square of its length
 * (5 s for 400,000 characters on this machine), while words in sentence-sized pieces go at about
 * two million characters a second.
 */
export interface TextSentence {
  /** Where the sentence starts and ends in the text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/**
 * One segmenter for the process, reused: building one loads ICU's dictionary, and each
 * `segment()` call costs a copy of its break iterator, so the index cuts a few sentences at once.
 */
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** What ends a sentence: 。！？；… and their ASCII forms, and a line break. */
const STOPS = new Set([...'。！？；…!?;\n\r'].map((c) => c.charCodeAt(0)));
/** What may follow a stop and still belong to its sentence: closing quotes and brackets. */
const CLOSERS = new Set([...'”’」』）)】》"\''].map((c) => c.charCodeAt(0)));
/** A sentence without stops (a table's cells run together) is cut here, at a word's edge. */
export const LONGEST_SENTENCE = 2000;

/** The sentences of a text, in order, covering all of it. */
export function sentencesOf(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i++);
    if (STOPS.has(unit)) {
      while (i < text.length && (STOPS.has(text.charCodeAt(i)) || CLOSERS.has(text.charCodeAt(i))))
        i++;
      out.push({ start, end: i });
      start = i;
    } else if (i - start >= LONGEST_SENTENCE) {
      const end = lastWordEdge(text, start, i);
      out.push({ start, end });
      start = i = end;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The last word boundary in text[start, end) past its middle, or `end` when there is none. */
function lastWordEdge(text: string, start: number, end: number): number {
  let edge = end;
  for (const part of words.segment(text.slice(start, end))) {
    if (part.index > (end - start) / 2) edge = start + part.index;
  }
  return edge;
}

/** Every segment of a text, words and what lies between them, with offsets into `text`. */
export function segmentsOf(text: string): Intl.Segments {
  return words.segment(text);
}

/** The word-like segments of a text (no spaces or punctuation), in order, repeats included. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const part of words.segment(text)) if (part.isWordLike) out.push(part.segment);
  return out;
}
