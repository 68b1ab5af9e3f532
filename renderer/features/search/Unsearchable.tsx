import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { MaterialOutcome } from './search-store';
import type { SearchMessageKey } from './search-messages';

/** The materials the search cannot look into, and why: a scan has no text; a file failed to read. */
export function Unsearchable(props: {
  readonly opened: DeskPackageView;
  readonly outcomes: Readonly<Record<string, MaterialOutcome>>;
  readonly t: FeatureTranslate<SearchMessageKey>;
}) {
  const { opened, outcomes, t } = props;
  const listed = opened.applications.flatMap((application) =>
    application.materials
      .filter((material) => {
        const outcome = outcomes[material.id];
        return outcome === 'no-text' || outcome === 'failed';
      })
      .map((material) => ({ application, material, outcome: outcomes[material.id]! })),
  );
  if (listed.length === 0) return null;
  return (
    <details className="search-unsearchable" data-testid="search-unsearchable">
      <summary>{t('unsearchable.title', { count: listed.length })}</summary>
      <ul>
        {listed.map(({ application, material, outcome }) => (
          <li key={material.id} data-outcome={outcome}>
            <span className="search-application-no">{application.applicationNo}</span>{' '}
            {material.name}：
            <span className="muted">
              {t(outcome === 'failed' ? 'unsearchable.failed' : 'unsearchable.no-text')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
