import { useEffect, useMemo } from 'react';
import type { WordImage } from './word-protocol';

/**
 * `blob:` URLs for a document's embedded images, made from the bytes in memory and revoked
 * when the document goes: nothing is written anywhere, and nothing outlives the viewer.
 */
export function useImageUrls(images: readonly WordImage[]): ReadonlyMap<number, string> {
  const urls = useMemo(
    () =>
      new Map(
        images.map((image) => [
          image.id,
          URL.createObjectURL(new Blob([image.bytes], { type: image.contentType })),
        ]),
      ),
    [images],
  );
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}
