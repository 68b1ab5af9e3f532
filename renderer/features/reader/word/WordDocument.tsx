import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { useCurrentHeading } from './use-current-heading';
import { useImageUrls } from './use-image-urls';
import { useProgressiveInsertion } from './use-progressive-insertion';
import { WordChunkSection } from './WordChunkSection';
import { WordOutline } from './WordOutline';
import { firstHeadings, outlineOf } from './word-outline';
import { NO_PASSAGES } from './passages';
import type { PassageProps } from './passages';
import { plainText } from './split-blocks';
import { useDocumentPlace } from './use-document-place';
import { useTextPassages } from './use-text-passages';
import type { WordChunk, WordImage } from './word-protocol';
import type { wordMessages } from './word-messages';

type Key = keyof (typeof wordMessages)['zh-CN'];

const NO_IMAGES: ReadonlyMap<number, string> = new Map();

/** Where to scroll once the chunks it needs are in: a heading's number, or an element's id. */
type Target = { readonly heading: number } | { readonly id: string };

function findTarget(root: HTMLElement, target: Target): Element | null {
  return 'heading' in target
    ? root.querySelector(`[data-heading="${target.heading}"]`)
    : root.querySelector(`#${CSS.escape(target.id)}`);
}

/**
 * A converted document: its outline beside its chunks, inserted progressively; the passages
 * asked for marked in it, and a reader target for it brought into view.
 */
export function WordDocument(
  props: PassageProps & {
    readonly chunks: readonly WordChunk[];
    readonly images: readonly WordImage[];
    readonly t: FeatureTranslate<Key>;
  },
) {
  const { chunks, images, t } = props;
  const imageUrls = useImageUrls(images);
  const outline = useMemo(() => outlineOf(chunks), [chunks]);
  const firsts = useMemo(() => firstHeadings(chunks), [chunks]);
  const { shown, reveal } = useProgressiveInsertion(chunks.length);
  const pageRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<Target>();
  // 'auto': shown where the view is wide enough for it and the text (word-view.css).
  const [outlineMode, setOutlineMode] = useState<'auto' | 'shown' | 'hidden'>('auto');
  const articleRef = useRef<HTMLElement>(null);
  const currentHeading = useCurrentHeading(pageRef);
  const chunkTexts = useMemo(() => chunks.map((chunk) => plainText(chunk.html)), [chunks]);
  useTextPassages({
    root: articleRef,
    scroller: pageRef,
    pieceTexts: chunkTexts,
    // A chunk goes in only once the images' URLs are made.
    shown: imageUrls === undefined ? false : shown,
    reveal,
    materialId: props.materialId,
    passages: props.passages ?? NO_PASSAGES,
    onFindings: props.onFindings,
  });
  useDocumentPlace({
    scroller: pageRef,
    shown,
    count: chunks.length,
    insertable: imageUrls !== undefined,
    reveal,
    place: props,
  });

  // Scroll to the target once it is in the page (it may need chunks inserted first).
  useEffect(() => {
    const page = pageRef.current;
    if (!page || !target) return;
    const element = findTarget(page, target);
    if (element) {
      element.scrollIntoView({ block: 'start' });
      setTarget(undefined);
    } else if (shown < chunks.length) {
      reveal(chunks.length);
    } else {
      setTarget(undefined);
    }
  }, [target, shown, chunks.length, reveal]);

  const goToHeading = useCallback(
    (heading: number) => {
      const entry = outline.find((each) => each.heading === heading);
      if (entry) reveal(entry.chunk + 1);
      setTarget({ heading });
    },
    [outline, reveal],
  );

  // Links inside the document go only to its own footnotes and endnotes (the sanitiser keeps
  // no other href): scroll there ourselves, so the window's location never changes.
  const onClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href?.startsWith('#')) setTarget({ id: href.slice(1) });
  }, []);

  return (
    <div className="word-body" data-outline={outlineMode}>
      <WordOutline
        entries={outline}
        current={currentHeading}
        onGo={goToHeading}
        onHide={() => setOutlineMode('hidden')}
        t={t}
      />
      <button
        type="button"
        className="word-outline-strip"
        onClick={() => setOutlineMode('shown')}
        aria-label={t('showOutline')}
        title={t('showOutline')}
      >
        {t('outline')} ›
      </button>
      <div
        ref={pageRef}
        className="word-scroll"
        role="document"
        aria-label={t('document')}
        tabIndex={0}
        onClick={onClick}
        data-chunks={chunks.length}
        data-chunks-shown={shown}
      >
        <article ref={articleRef} className="word-page" lang="zh-CN">
          {chunks.map((chunk, index) => (
            <WordChunkSection
              key={index}
              chunk={chunk}
              index={index}
              firstHeading={firsts[index] ?? 0}
              inserted={imageUrls !== undefined && index < shown}
              imageUrls={imageUrls ?? NO_IMAGES}
            />
          ))}
        </article>
      </div>
    </div>
  );
}
