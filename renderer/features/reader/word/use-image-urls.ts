import { useEffect, useState } from 'react';
import type { WordImage } from './word-protocol';

/**
 * `blob:` URLs for a document's embedded images, made from the bytes in memory and revoked
 * when the document goes: nothing is written anywhere, and nothing outlives the viewer.
 * Made in the effect that revokes them, so a remount (React's StrictMode) never keeps a
 * revoked URL. Undefined until they exist.
 */
export function useImageUrls(
  images: readonly WordImage[],
): ReadonlyMap<number, string> | undefined {
  const [made, setMade] = useState<{ images: readonly WordImage[]; urls: Map<number, string> }>();
  useEffect(() => {
    const urls = new Map(
      images.map((image) => [
        image.id,
        URL.createObjectURL(new Blob([image.bytes], { type: image.contentType })),
      ]),
    );
    setMade({ images, urls });
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, [images]);
  return made?.images === images ? made.urls : undefined;
}
