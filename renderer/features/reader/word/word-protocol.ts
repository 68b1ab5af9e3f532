/**
 * What the Word worker and the viewer say to each other. The worker holds mammoth; the viewer
 * holds the DOM. Nothing here carries a path or a library's sentence: problems are categories,
 * told in the UI's language by the viewer.
 */

/** A heading found in a chunk, for the outline. `text` is the heading's plain text. */
export interface WordHeading {
  readonly level: number;
  readonly text: string;
}

/** A run of top-level blocks (paragraphs, tables, lists) inserted into the page as one unit. */
export interface WordChunk {
  /** mammoth's HTML for these blocks, not yet sanitised. */
  readonly html: string;
  readonly headings: readonly WordHeading[];
  /** Characters of text in the chunk, to estimate its height before it is inserted. */
  readonly textLength: number;
}

/** An embedded image, read from the package in memory; the viewer makes a `blob:` URL of it. */
export interface WordImage {
  readonly id: number;
  readonly contentType: string;
  readonly bytes: ArrayBuffer;
}

/** mammoth's warnings, grouped into what a reader needs to know. */
export type WordWarningKind =
  | 'unrecognised-style'
  | 'external-image-dropped'
  | 'external-link-disabled'
  | 'unsupported-image'
  | 'unsupported-content'
  | 'other';

export interface WordWarning {
  readonly kind: WordWarningKind;
  readonly count: number;
}

/** Why a document could not be shown. */
export type WordFailureKind =
  /** An OLE2 container under a .docx name: a password-protected (encrypted) Word file. */
  | 'encrypted'
  /** A ZIP without `word/document.xml`, or not a ZIP at all. */
  | 'not-a-word-document'
  /** A ZIP that cannot be read: truncated, cut, inconsistent. */
  | 'corrupt'
  /** The document's XML is malformed or declares entities. */
  | 'malformed-xml'
  /** Inflated parts would exceed what the reader accepts. */
  | 'too-large'
  /** The conversion did not finish in time; the worker was stopped. */
  | 'timeout'
  /** Anything else the converter threw. */
  | 'failed';

export type WordConversion =
  | {
      readonly ok: true;
      readonly chunks: readonly WordChunk[];
      readonly images: readonly WordImage[];
      readonly warnings: readonly WordWarning[];
    }
  | { readonly ok: false; readonly failure: WordFailureKind };

/** A legacy .doc's text, paragraph by paragraph; its layout is lost. */
export type LegacyWordText =
  | { readonly ok: true; readonly paragraphs: readonly string[] }
  | { readonly ok: false; readonly failure: WordFailureKind };

/** What the viewer sends the worker: a material's bytes (transferred, not copied). */
export type WordRequest =
  | { readonly format: 'docx'; readonly bytes: ArrayBuffer }
  | { readonly format: 'doc'; readonly bytes: ArrayBuffer };

/** What the worker answers, by the request's format. */
export type WordResponse<F extends WordRequest['format']> = F extends 'doc'
  ? LegacyWordText
  : WordConversion;
