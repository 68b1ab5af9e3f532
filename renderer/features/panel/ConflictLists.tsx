import { conflictKindLabels } from '../../../shared/domain/conflict';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { applicationLabel } from './panel-rules';
import { panelMessages } from './panel-messages';

// addConflict keeps reasons to 500 characters; a long suggested reason is cut, not refused.
const REASON_LIMIT = 500;

function namesIn(overview: OfficeOverview) {
  const { experts, applications } = overview.record;
  return {
    expert: (id: string) => {
      const e = experts.find((x) => x.id === id);
      return e ? `${e.name}（${e.id}）` : id;
    },
    application: (id: string) => {
      const a = applications.find((x) => x.id === id);
      return a ? applicationLabel(a) : id;
    },
  };
}

/** 已登记的回避: each with its kind, reason, and a way to remove it. */
export function RecordedConflicts(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const names = namesIn(props.overview);
  const { conflicts } = props.overview.record;
  return (
    <section className="panel-card" aria-labelledby="recorded-title">
      <h3 id="recorded-title">{t('conflicts.recorded', { count: conflicts.length })}</h3>
      {conflicts.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <DataTable
          className="panel-table"
          testId="conflicts-table"
          columns={[
            { header: t('col.expert') },
            { header: t('col.application') },
            { header: t('col.kind') },
            { header: t('col.reason') },
            { label: t('conflicts.remove') },
          ]}
        >
          {conflicts.map((c) => (
            <tr key={`${c.expertId}/${c.applicationId}`}>
              <td className="nowrap">{names.expert(c.expertId)}</td>
              <td>{names.application(c.applicationId)}</td>
              <td>{label(conflictKindLabels[c.kind])}</td>
              <td className="small">{c.reason}</td>
              <td className="numeric">
                <button
                  type="button"
                  className="link danger"
                  disabled={busy}
                  onClick={() =>
                    void changeOffice('removeConflict', {
                      expertId: c.expertId,
                      applicationId: c.applicationId,
                    })
                  }
                >
                  {t('conflicts.remove')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** 回避建议 from organisation and region, each confirmed by the office with one click. */
export function SuggestedConflicts(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const names = namesIn(props.overview);
  const suggestions = props.overview.conflictSuggestions;
  return (
    <section className="panel-card" aria-labelledby="suggested-title">
      <div className="panel-card-head">
        <h3 id="suggested-title">{t('suggest.title', { count: suggestions.length })}</h3>
        <span className="muted small">{t('suggest.hint')}</span>
      </div>
      {suggestions.length === 0 ? (
        <p className="muted">{t('suggest.none')}</p>
      ) : (
        <ul className="panel-suggestions panel-scroll" data-testid="conflict-suggestions">
          {suggestions.map((s) => (
            <li key={`${s.expertId}/${s.applicationId}/${s.kind}`}>
              <div className="panel-suggestion-text">
                <strong>{names.expert(s.expertId)}</strong> ↔ {names.application(s.applicationId)}
                <span className="badge badge-warning">{label(conflictKindLabels[s.kind])}</span>
                <div className="muted small">{s.reason}</div>
              </div>
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void changeOffice('addConflict', {
                    expertId: s.expertId,
                    applicationId: s.applicationId,
                    kind: s.kind,
                    reason: s.reason.slice(0, REASON_LIMIT),
                  })
                }
              >
                {t('suggest.confirm')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
