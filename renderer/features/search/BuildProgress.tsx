import type { FeatureTranslate } from '../../app/i18n/use-messages';
import {
  selectSearchBroken,
  selectSearchBuild,
  selectSearchCurrent,
  selectSearchDone,
  selectSearchTotal,
  useSearchStore,
} from './search-store';
import type { SearchMessageKey } from './search-messages';
import { cancelSearchBuild, rebuildSearchIndex, resumeSearchBuild } from './search-session';

/** How far the index is: 材料 n/N and the material being read, with a way to stop and go on. */
export function BuildProgress(props: { readonly t: FeatureTranslate<SearchMessageKey> }) {
  const { t } = props;
  const build = useSearchStore(selectSearchBuild);
  const done = useSearchStore(selectSearchDone);
  const total = useSearchStore(selectSearchTotal);
  const current = useSearchStore(selectSearchCurrent);
  const broken = useSearchStore(selectSearchBroken);
  if (broken) {
    return (
      <div className="notice notice-error search-build" role="alert" data-build="broken">
        <span>{t('build.broken')}</span>
        <button type="button" onClick={rebuildSearchIndex}>
          {t('build.rebuild')}
        </button>
      </div>
    );
  }
  if (build === 'building' || build === 'idle') {
    return (
      <div className="notice search-build" role="status" data-build="building" aria-busy="true">
        <div className="search-build-line">
          {/* The material being read is the n-th: 材料 1/N from the first one on. */}
          <strong>{t('build.running', { n: Math.min(done + 1, total), total })}</strong>
          <button type="button" onClick={cancelSearchBuild}>
            {t('build.cancel')}
          </button>
        </div>
        <progress max={Math.max(total, 1)} value={done} />
        {current !== null && (
          <span className="muted small search-build-current">
            {t('build.current', { name: current })}
          </span>
        )}
      </div>
    );
  }
  if (build === 'cancelled') {
    return (
      <div className="notice notice-warning search-build" role="status" data-build="cancelled">
        <span>{t('build.cancelled', { done, total })}</span>
        <button type="button" onClick={resumeSearchBuild}>
          {t('build.resume')}
        </button>
      </div>
    );
  }
  if (build === 'gated') {
    // Main refused a material until the undertaking is signed (the screen is not shown before
    // it is, so this is seen only if main still asks for it): going on asks again.
    return (
      <div className="notice notice-warning search-build" role="status" data-build="gated">
        <span>{t('build.gated', { done, total })}</span>
        <button type="button" onClick={resumeSearchBuild}>
          {t('build.resume')}
        </button>
      </div>
    );
  }
  return (
    <div className="notice search-build" role="status" data-build="done">
      {t('build.done', { total })}
    </div>
  );
}
