import { useMessages } from '../../../app/i18n/use-messages';
import { useWordConversion } from './use-word-conversion';
import { WordDocument } from './WordDocument';
import { WordNotices } from './WordNotices';
import { wordMessages } from './word-messages';
import './word-view.css';

/** A legacy Word 97–2003 file, by its name: an OLE2 file mammoth cannot read. */
export function isLegacyWordName(fileName: string): boolean {
  return /\.(doc|dot)$/i.test(fileName);
}

/**
 * Shows one Word material from its bytes in memory: converted by mammoth in a worker,
 * sanitised, inserted under Trusted Types, with an outline and the conversion's warnings.
 * Every outcome is visible: the document, a clear error, or the legacy-format note.
 */
export function WordView(props: { readonly bytes: Uint8Array; readonly fileName: string }) {
  const t = useMessages(wordMessages);
  const legacy = isLegacyWordName(props.fileName);
  const state = useWordConversion(legacy ? undefined : props.bytes);

  if (legacy) {
    return (
      <div className="word-view" data-word-state="legacy">
        <div className="notice notice-warning word-message" role="status">
          <strong>{t('legacyTitle')}</strong>
          <p>{t('legacyBody')}</p>
        </div>
      </div>
    );
  }
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
      </div>
    );
  }
  return (
    <div className="word-view" data-word-state="rendered">
      <WordNotices warnings={conversion.warnings} t={t} />
      {conversion.chunks.length === 0 ? (
        <p className="notice word-message" role="status">
          {t('empty')}
        </p>
      ) : (
        <WordDocument chunks={conversion.chunks} images={conversion.images} t={t} />
      )}
    </div>
  );
}
