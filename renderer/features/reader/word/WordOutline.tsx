import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { OutlineEntry } from './word-outline';

/**
 * The document's headings, indented by level; choosing one scrolls the document to it. The fold
 * button stands above the navigation, so the headings are the navigation's only buttons.
 */
export function WordOutline(props: {
  readonly entries: readonly OutlineEntry[];
  /** The heading the reader is in, marked in the outline. */
  readonly current: number | undefined;
  readonly onGo: (heading: number) => void;
  /** Folds the outline away, for the text to take its width. */
  readonly onHide: () => void;
  readonly t: FeatureTranslate<'outline' | 'noHeadings' | 'hideOutline'>;
}) {
  const { entries, current, onGo, onHide, t } = props;
  return (
    <div className="word-outline">
      <div className="word-outline-head">
        <h2 className="word-outline-title">{t('outline')}</h2>
        <button
          type="button"
          className="word-outline-fold"
          onClick={onHide}
          aria-label={t('hideOutline')}
          title={t('hideOutline')}
        >
          ‹
        </button>
      </div>
      <nav aria-label={t('outline')}>
        {entries.length === 0 ? (
          <p className="word-outline-empty">{t('noHeadings')}</p>
        ) : (
          <ol>
            {entries.map((entry) => (
              <li key={entry.heading} className={`word-outline-level-${entry.level}`}>
                <button
                  type="button"
                  className="word-outline-link"
                  title={entry.text}
                  aria-current={entry.heading === current ? 'location' : undefined}
                  onClick={() => onGo(entry.heading)}
                >
                  {entry.text}
                </button>
              </li>
            ))}
          </ol>
        )}
      </nav>
    </div>
  );
}
