import { memo, useLayoutEffect, useRef } from 'react';
import { insertWordHtml } from './trusted-types';
import type { WordChunk } from './word-protocol';

/** Roughly the height a chunk will take, so the scroll bar does not jump as chunks arrive. */
function estimatedHeight(chunk: WordChunk): number {
  return Math.max(48, Math.round(chunk.textLength * 0.65));
}

/**
 * One chunk of the document. Until it is inserted it is an empty block of about its height;
 * once inserted its sanitised HTML goes in through the Trusted Types policy, and its headings
 * are numbered for the outline.
 */
export const WordChunkSection = memo(function WordChunkSection(props: {
  readonly chunk: WordChunk;
  readonly index: number;
  readonly firstHeading: number;
  readonly inserted: boolean;
  readonly imageUrls: ReadonlyMap<number, string>;
}) {
  const { chunk, index, firstHeading, inserted, imageUrls } = props;
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !inserted) return;
    insertWordHtml(element, chunk.html, imageUrls);
    element.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading, offset) => {
      heading.setAttribute('data-heading', String(firstHeading + offset));
    });
  }, [chunk, firstHeading, inserted, imageUrls]);
  return (
    <section
      ref={ref}
      className={inserted ? 'word-chunk' : 'word-chunk word-chunk-pending'}
      data-chunk={index}
      data-inserted={inserted ? 'true' : undefined}
      style={inserted ? undefined : { minHeight: `${estimatedHeight(chunk)}px` }}
    />
  );
});
