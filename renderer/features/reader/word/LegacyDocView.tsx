import { useMemo, useRef } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { useProgressiveInsertion } from './use-progressive-insertion';
import { useWordConversion } from './use-word-conversion';
import type { wordMessages } from './word-messages';
import { NO_PASSAGES } from './passages';
import type { PassageProps } from './passages';
import { useDocumentPlace } from './use-document-place';
import { useTextPassages } from './use-text-passages';
import { TextlessAnswer } from './use-textless-answer';

type Key = keyof (typeof wordMessages)['zh-CN'];

/** Paragraphs per slice: the first screen at once, the rest one slice per task. */
const SLICE = 300;

/**
 * A legacy .doc: its text only, read in the Word worker, shown as plain paragraphs (React text,
 * no HTML at all) under a note that the layout is lost.
 */
export function LegacyDocView(
  props: PassageProps & {
    readonly bytes: Uint8Array;
    readonly t: FeatureTranslate<Key>;
  },
) {
  const { bytes, t, ...passages } = props;
  const state = useWordConversion('doc', bytes);
  if (state.status === 'converting')
    return (
      <div className="word-view" data-word-state="converting" aria-busy="true">
        <p className="word-message word-loading">{t('loading')}</p>
      </div>
    );
  const { conversion } = state;
  if (!conversion.ok)
    return (
      <div className="word-view" data-word-state="error" data-failure={conversion.failure}>
        <div className="notice notice-error word-message" role="alert">
          <strong>{t('legacyTitle')}</strong>：{t(`failure.${conversion.failure}`)}
        </div>
        <TextlessAnswer {...passages} />
      </div>
    );
  return (
    <div className="word-view" data-word-state="legacy">
      <div className="notice notice-warning word-notices" role="status">
        <strong>{t('legacyTitle')}</strong>
        <span>{t('legacyBody')}</span>
      </div>
      {conversion.paragraphs.length === 0 ? (
        <p className="notice word-message" role="status">
          {t('empty')}
          <TextlessAnswer {...passages} />
        </p>
      ) : (
        <LegacyText paragraphs={conversion.paragraphs} t={t} {...passages} />
      )}
    </div>
  );
}

function LegacyText(
  props: PassageProps & {
    readonly paragraphs: readonly string[];
    readonly t: FeatureTranslate<Key>;
  },
) {
  const { paragraphs, t } = props;
  const slices = useMemo(() => {
    const result: (readonly string[])[] = [];
    for (let i = 0; i < paragraphs.length; i += SLICE) result.push(paragraphs.slice(i, i + SLICE));
    return result;
  }, [paragraphs]);
  const sliceTexts = useMemo(() => slices.map((slice) => slice.join('')), [slices]);
  const { shown, reveal } = useProgressiveInsertion(slices.length);
  const scroller = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  useTextPassages({
    root: article,
    scroller,
    pieceTexts: sliceTexts,
    shown,
    reveal,
    materialId: props.materialId,
    passages: props.passages ?? NO_PASSAGES,
    onFindings: props.onFindings,
  });
  useDocumentPlace({
    scroller,
    shown,
    count: slices.length,
    insertable: true,
    reveal,
    place: props,
  });
  return (
    <div className="word-body">
      <div
        ref={scroller}
        className="word-scroll"
        role="document"
        aria-label={t('document')}
        tabIndex={0}
      >
        <article ref={article} className="word-page word-page-legacy" lang="zh-CN">
          {slices.slice(0, shown).map((slice, index) => (
            <section key={index} className="word-chunk">
              {slice.map((paragraph, offset) => (
                <p key={offset}>{paragraph}</p>
              ))}
            </section>
          ))}
        </article>
      </div>
    </div>
  );
}
