/**
 * What the page and the search workers say to each other. Two roles, one script: an extractor
 * turns a Word material's bytes into text (mammoth, or the legacy .doc reader), and may be
 * stopped at its time limit without losing anything; the index holds every material's text and
 * answers queries. Nothing here is written anywhere: the index lives in the worker's memory and
 * goes with it.
 */
import type { TextQuoteSelector } from '../../../shared/journal/annotation-selector';

/** A Word material to read as text (its bytes transferred, not copied). */
export interface ExtractRequest {
  readonly type: 'extract';
  readonly format: 'docx' | 'doc';
  readonly bytes: ArrayBuffer;
}

/** A material's text, whole (Word) or page by page (PDF, pages numbered from 1). */
export interface AddRequest {
  readonly type: 'add';
  readonly applicationId: string;
  readonly materialId: string;
  readonly kind: 'word' | 'pdf';
  readonly texts: readonly string[];
}

export interface QueryRequest {
  readonly type: 'query';
  /** Grows with every query; an answer names the query it answers. */
  readonly request: number;
  readonly query: string;
}

/** Everything added made ready to query (done once the build ends, so no query waits for it). */
export interface PrepareRequest {
  readonly type: 'prepare';
}

export type SearchWorkerRequest = ExtractRequest | AddRequest | PrepareRequest | QueryRequest;

export type ExtractAnswer =
  | { readonly type: 'extracted'; readonly ok: true; readonly text: string }
  | { readonly type: 'extracted'; readonly ok: false };

export interface AddedAnswer {
  readonly type: 'added';
  readonly materialId: string;
  /** Characters indexed: 0 when the material holds no text (a scan). */
  readonly characters: number;
}

/** One match, with what the hit list shows and what the reader needs to find it. */
export interface SearchHitView {
  readonly applicationId: string;
  readonly materialId: string;
  /** The PDF page, 1-based; absent for Word. */
  readonly page?: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** The passage as the reader's text holds it (see quote-for-hit.ts). */
  readonly quote: TextQuoteSelector;
}

export interface ResultsAnswer {
  readonly type: 'results';
  readonly request: number;
  readonly hits: readonly SearchHitView[];
  /** Every match counted, even past the hits sent. */
  readonly total: number;
}

/** The worker could not do what was asked (a bug or a broken message), never a document's fault. */
export interface FailedAnswer {
  readonly type: 'failed';
  readonly request?: number;
}

export interface PreparedAnswer {
  readonly type: 'prepared';
}

export type SearchWorkerAnswer =
  ExtractAnswer | AddedAnswer | PreparedAnswer | ResultsAnswer | FailedAnswer;
