import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { formalCheckMessages } from './formal-check-messages';
import { UNREGISTERED_UNIT_ID } from './formal-check-view';

/**
 * 名额提醒 (notice 一.(二).5): units over their quota and applications whose unit is unknown, as
 * a warning block; otherwise one quiet line with the use per unit folded away.
 */
export function QuotaNotice(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(formalCheckMessages);
  const { quota, record: officeRecord } = props.overview;
  const numbers = (ids: readonly string[]) =>
    ids
      .map((id) => officeRecord.applications.find((a) => a.id === id)?.applicationNo ?? id)
      .join(t('separator'));
  const over = quota.units.filter((u) => u.overQuota);
  const used = quota.units.filter((u) => u.count > 0);

  if (over.length === 0 && quota.unknownUnits.length === 0) {
    return (
      <div className="fc-quota-ok small" data-testid="fc-quota">
        <span className="badge badge-ok">{t('quota.title')}</span>
        <span className="muted">{t('quota.none')}</span>
        {used.length > 0 && (
          <details className="fc-usage">
            <summary>{t('quota.usage')}</summary>
            <ul>
              {used.map((u) => (
                <li key={u.unitId}>
                  {u.unitName} {t('quota.usageLine', { count: u.count, quota: u.quota })}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    );
  }

  return (
    <section
      className="notice notice-warning fc-quota"
      data-testid="fc-quota"
      aria-labelledby="fc-quota-title"
    >
      <strong id="fc-quota-title">{t('quota.title')}</strong>
      <ul>
        {over.map((u) => (
          <li key={u.unitId}>
            {t('quota.over', {
              unit: u.unitName,
              count: u.count,
              quota: u.quota,
              numbers: numbers(u.applicationIds),
            })}
            {u.quota === 3 && u.count <= 5 && (
              <span className="muted"> {t('quota.relax', { unit: u.unitName })}</span>
            )}
          </li>
        ))}
        {quota.unknownUnits.map((u) => (
          <li key={u.unitId}>
            <span className="badge badge-warning">
              {u.unitId === UNREGISTERED_UNIT_ID ? t('unregistered') : t('notInList')}
            </span>{' '}
            {u.unitId === UNREGISTERED_UNIT_ID
              ? t('quota.unregistered', {
                  count: u.applicationIds.length,
                  numbers: numbers(u.applicationIds),
                })
              : t('quota.unknown', {
                  unit: u.unitId,
                  count: u.applicationIds.length,
                  numbers: numbers(u.applicationIds),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
