import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { useWordConversion } from './use-word-conversion';
import { WordDocument } from './WordDocument';
import { WordNotices } from './WordNotices';
import type { wordMessages } from './word-messages';
import type { PassageProps } from './passages';
import { TextlessAnswer } from './use-textless-answer';

type Key = keyof (typeof wordMessages)['zh-CN'];

/** A .docx: converted by mammoth in the worker, then the outline, notices and chunks. */
export function DocxView(
  props: PassageProps & { readonly bytes: Uint8Array; readonly t: FeatureTranslate<Key> },
) {
  const { bytes, t, ...passages } = props;
  const state = useWordConversion('docx', bytes);
  if (state.status === 'converting') {
    return (
      <div className="word-view" data-word-state="converting" aria-busy="true">
        <p className="word-message word-loading">{t('loading')}</p>
      </div>
    );
  }
  const { conversion } = state;
  if (!conversion.ok) {
    return (
      <div className="word-view" data-word-state="error" data-failure={conversion.failure}>
        <div className="notice notice-error word-message" role="alert">
          {t(`failure.${conversion.failure}`)}
        </div>
        <TextlessAnswer {...passages} />
      </div>
    );
  }
  return (
    <div className="word-view" data-word-state="rendered">
      <WordNotices warnings={conversion.warnings} t={t} />
      {conversion.chunks.length === 0 ? (
        <p className="notice word-message" role="status">
          {t('empty')}
          <TextlessAnswer {...passages} />
        </p>
      ) : (
        <WordDocument chunks={conversion.chunks} images={conversion.images} t={t} {...passages} />
      )}
    </div>
  );
}
