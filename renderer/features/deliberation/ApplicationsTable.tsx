import type { AvailableDeliberation } from '../../../shared/deliberation/deliberation-views';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { deliberationMessages } from './deliberation-messages';
import { scoreFigure } from './score-matrix-view';

/** Where an application's deliberation stands: decided, under way (a record made), or not begun. */
export function deliberationStateOf(
  state: AvailableDeliberation,
  applicationId: string,
): 'open' | 'under-way' | 'decided' {
  const summary = state.deliberation.find((d) => d.applicationId === applicationId);
  if (summary?.decision) return 'decided';
  return state.records.some((e) => e.record.applicationId === applicationId) ? 'under-way' : 'open';
}

/**
 * 本人主持合议的申报: each application this person chairs (as 组长 or 代行组长), with its
 * count of scores, mean, trimmed mean, spread, deviations and where its deliberation stands.
 */
export function ApplicationsTable(props: {
  readonly state: AvailableDeliberation;
  readonly onOpen: (applicationId: string) => void;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { state } = props;
  return (
    <section className="dl-apps" aria-labelledby="dl-apps-title">
      <h3 id="dl-apps-title">{t('apps.title')}</h3>
      <div className="dl-table-box">
        <table className="data-table dl-apps-table" data-testid="deliberation-applications">
          <thead>
            <tr>
              <th>{t('apps.no')}</th>
              <th>{t('apps.applicant')}</th>
              <th>{t('apps.titleCol')}</th>
              <th>{t('apps.chair')}</th>
              <th className="numeric">{t('apps.scored')}</th>
              <th className="numeric">{t('apps.mean')}</th>
              <th className="numeric">{t('apps.trimmed')}</th>
              <th className="numeric">{t('apps.spread')}</th>
              <th>{t('apps.state')}</th>
              <th aria-label={t('apps.open')} />
            </tr>
          </thead>
          <tbody>
            {state.applications.map((a) => {
              const merge = state.merge.applications.find(
                (m) => m.applicationId === a.applicationId,
              );
              const stats = merge?.statistics ?? null;
              const where = deliberationStateOf(state, a.applicationId);
              const decision = state.deliberation.find(
                (d) => d.applicationId === a.applicationId,
              )?.decision;
              return (
                <tr
                  key={a.applicationId}
                  data-testid={`dl-app-${a.applicationId}`}
                  data-state={where}
                >
                  <td>{a.applicationNo}</td>
                  <td className="dl-clip" title={a.applicantName}>
                    {a.applicantName}
                  </td>
                  <td className="dl-clip" title={a.experienceTitle}>
                    {a.experienceTitle}
                  </td>
                  <td>
                    <span className={a.chairRole === 'stand-in' ? 'badge dl-stand-in' : 'badge'}>
                      {t(`chair.${a.chairRole}`)}
                    </span>
                  </td>
                  <td className="numeric">{stats?.count ?? 0}</td>
                  <td className="numeric">{stats ? scoreFigure(stats.mean) : '—'}</td>
                  <td className="numeric">
                    {stats && stats.trimmedMean.dropped !== null
                      ? scoreFigure(stats.trimmedMean.value)
                      : '—'}
                  </td>
                  <td className="numeric">
                    {stats ? scoreFigure(stats.spread) : '—'}
                    {merge && merge.deviations.length > 0 ? (
                      <span className="badge dl-deviation-badge">
                        {t('apps.deviations', { count: merge.deviations.length })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className={`badge dl-state dl-state-${where}`}>
                      {decision ? label(groupDecisionLabels[decision]) : t(`state.${where}`)}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="primary"
                      data-testid={`deliberate-${a.applicationId}`}
                      onClick={() => props.onOpen(a.applicationId)}
                    >
                      {t('apps.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
