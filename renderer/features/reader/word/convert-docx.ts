/**
 * The one door to mammoth (eslint allows it nowhere else). Runs in the Word worker, and under
 * Node in the unit tests: bytes in, chunks of unsanitised HTML, embedded images as bytes and
 * warning categories out. mammoth does no sanitising: the viewer sanitises every chunk.
 */
import mammoth from 'mammoth';
import { chunkHtml } from './split-blocks';
import type { ChunkSizes } from './split-blocks';
import {
  countWarnings,
  failureKindOf,
  isOle2,
  looksLikeZip,
  warningKindOf,
} from './conversion-problems';
import { IMAGE_SRC_PREFIX, WORD_ID_PREFIX } from './word-constants';
import { declaredInflatedBytes, MAX_DECLARED_BYTES } from './declared-size';
import type { WordConversion, WordImage, WordWarningKind } from './word-protocol';

/** Image types Chromium shows in an `<img>`. Others (EMF, WMF, TIFF) are left out, and said so. */
const SHOWN_IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/bmp',
  'image/webp',
  'image/svg+xml',
]);

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** A link mammoth wrote to anywhere but the document's own notes. */
const EXTERNAL_LINK = new RegExp(`<a href="(?!#${WORD_ID_PREFIX})`, 'g');

export async function convertDocx(input: ArrayBuffer, sizes?: ChunkSizes): Promise<WordConversion> {
  const bytes = new Uint8Array(input);
  if (isOle2(bytes)) return { ok: false, failure: 'encrypted' };
  if (!looksLikeZip(bytes)) return { ok: false, failure: 'not-a-word-document' };
  if ((declaredInflatedBytes(bytes) ?? 0) > MAX_DECLARED_BYTES)
    return { ok: false, failure: 'too-large' };

  const images: WordImage[] = [];
  const ownWarnings: WordWarningKind[] = [];
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`;
      // both hand the ArrayBuffer to JSZip as it is.
      { arrayBuffer: input, buffer: input } as unknown as MammothInput,
      {
        idPrefix: WORD_ID_PREFIX,
        // A document's title is the first entry of its outline (mammoth's map has no Title).
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // The applicant's file does not choose our HTML.
        includeEmbeddedStyleMap: false,
        // Linked (external) images stay unread: CVE-2025-11849 and SECURITY.md item 9.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const contentType = image.contentType.toLowerCase();
          if (!SHOWN_IMAGE_TYPES.has(contentType)) {
            if (!/wmf|emf/.test(contentType)) ownWarnings.push('unsupported-image');
            return { src: `${IMAGE_SRC_PREFIX}none` };
          }
          const id = images.length;
          // A buffer of its own, exactly the image's bytes: transferable to the page.
          const data = new Uint8Array(await image.readAsArrayBuffer()).slice().buffer;
          images.push({ id, contentType, bytes: data });
          return { src: `${IMAGE_SRC_PREFIX}${id}` };
        }),
      },
    );
    // Every link out of the document is neutralised by the sanitiser; the reader is told.
    const externalLinks = result.value.match(EXTERNAL_LINK) ?? [];
    const warnings = countWarnings([
      ...result.messages.map((message) => warningKindOf(message.message)),
      ...ownWarnings,
      ...externalLinks.map((): WordWarningKind => 'external-link-disabled'),
    ]);
    return { ok: true, chunks: chunkHtml(result.value, sizes), images, warnings };
  } catch (error) {
    return { ok: false, failure: failureKindOf(error) };
  }
}

/**
 * The document's text for search (features/search): mammoth's raw text, each paragraph followed
 * by a blank line, with the same refusals as the conversion; null when it cannot be read. Its
 * paragraphs hold the characters the rendered page holds, in the same order.
 */
export async function extractDocxText(input: ArrayBuffer): Promise<string | null> {
  const bytes = new Uint8Array(input);
  if (isOle2(bytes) || !looksLikeZip(bytes)) return null;
  if ((declaredInflatedBytes(bytes) ?? 0) > MAX_DECLARED_BYTES) return null;
  try {
    const result = await mammoth.extractRawText({
      arrayBuffer: input,
      buffer: input,
    } as unknown as MammothInput);
    return result.value;
  } catch {
    return null;
  }
}
