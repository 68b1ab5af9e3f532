import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { ApplicationHits } from './group-hits';
import type { SearchHitView } from './search-protocol';
import type { SearchMessageKey } from './search-messages';

/** The hits, by application then material, each in its context with the match marked. */
export function SearchHits(props: {
  readonly groups: readonly ApplicationHits[];
  readonly onOpen: (hit: SearchHitView) => void;
  readonly t: FeatureTranslate<SearchMessageKey>;
}) {
  const { groups, onOpen, t } = props;
  return (
    <div className="search-hits">
      {groups.map((group) => (
        <section
          key={group.applicationId}
          className="search-application"
          data-application={group.applicationId}
        >
          <h3>
            <span className="search-application-no">{group.applicationNo}</span>
            <span>{group.experienceTitle}</span>
            <span className="muted small">{t('hit.count', { count: group.count })}</span>
          </h3>
          {group.materials.map((material) => (
            <div key={material.materialId} className="search-material">
              <h4>{material.name}</h4>
              <ol>
                {material.hits.map((hit, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className="search-hit"
                      title={t('hit.open')}
                      data-material={hit.materialId}
                      onClick={() => onOpen(hit)}
                    >
                      {hit.page !== undefined && (
                        <span className="search-hit-page">{t('hit.page', { page: hit.page })}</span>
                      )}
                      <span className="search-hit-text">
                        {hit.before}
                        <mark>{hit.match}</mark>
                        {hit.after}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
