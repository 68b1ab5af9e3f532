/**
 * mammoth's messages and errors, sorted into categories the viewer can tell in Chinese and
 * English. Its own sentences are never shown: they are English, and some quote the document
 * (a style's name, an image's path).
 */
import type { WordFailureKind, WordWarning, WordWarningKind } from './word-protocol';

const WARNING_PATTERNS: readonly (readonly [RegExp, WordWarningKind])[] = [
  [/^Unrecognised (paragraph|run|table|numbering)? ?style/i, 'unrecognised-style'],
  [/external (file|image)|could not read external/i, 'external-image-dropped'],
  [/^Image of type .* is unlikely to display/i, 'unsupported-image'],
  [/unrecognised element was ignored|not supported|ignored/i, 'unsupported-content'],
];

export function warningKindOf(message: string): WordWarningKind {
  for (const [pattern, kind] of WARNING_PATTERNS) if (pattern.test(message)) return kind;
  return 'other';
}

/** Counts per category, in a fixed order, leaving out the ones that did not occur. */
export function countWarnings(kinds: readonly WordWarningKind[]): WordWarning[] {
  const order: readonly WordWarningKind[] = [
    'external-image-dropped',
    'external-link-disabled',
    'unsupported-image',
    'unsupported-content',
    'unrecognised-style',
    'other',
  ];
  return order
    .map((kind) => ({ kind, count: kinds.filter((each) => each === kind).length }))
    .filter((warning) => warning.count > 0);
}

/** The first four bytes of every OLE2 compound file: an encrypted .docx, or a legacy .doc. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** A ZIP starts with a local header, or, when empty, with its end record. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** What a thrown conversion error means for the reader. */
export function failureKindOf(error: unknown): WordFailureKind {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part/i.test(message)) return 'not-a-word-document';
  if (/zip|central dir|end of data|corrupted|signature|compression|inflate/i.test(message))
    return 'corrupt';
  if (/xml|entity|unclosed|tag|attribute/i.test(message)) return 'malformed-xml';
  return 'failed';
}
