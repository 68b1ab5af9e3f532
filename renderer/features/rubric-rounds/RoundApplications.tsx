import { useState } from 'react';
import { formalCheckStateLabels } from '../../../shared/office/formal-check-state';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import type { OfficeRound } from '../../../shared/office/office-round';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { Checkbox } from '../../components/Checkbox';
import { DataTable } from '../../components/DataTable';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { rrMessages } from './rr-messages';

const stateBadge = { pass: 'badge badge-ok', fail: 'badge badge-error', pending: 'badge' } as const;

/** Which applications the round reviews (Article 18: those that passed the formal check). */
export function RoundApplications(props: {
  readonly overview: OfficeOverview;
  readonly round: OfficeRound;
}) {
  const t = useMessages(rrMessages);
  const label = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const { applications } = props.overview.record;
  const roundId = props.round.round.id;
  // Shown at once while main saves, so a ticked box does not flip back for a moment.
  const [pending, setPending] = useState<readonly string[] | null>(null);
  const included = pending ?? props.round.applicationIds;
  const sealed = props.round.round.status !== 'draft';
  const checkOf = (id: string) => props.overview.formalChecks.find((f) => f.applicationId === id);
  const passing = applications.filter((a) => checkOf(a.id)?.overall === 'pass').map((a) => a.id);

  const set = async (applicationIds: readonly string[]) => {
    setPending(applicationIds);
    try {
      await changeOffice('setRoundApplications', { roundId, applicationIds: [...applicationIds] });
    } finally {
      setPending(null);
    }
  };
  // Keep the case's order, whatever order the boxes were ticked in.
  const toggle = (id: string, on: boolean) =>
    set(applications.map((a) => a.id).filter((x) => (x === id ? on : included.includes(x))));

  return (
    <section aria-labelledby="apps-title" className="rr-apps">
      <div className="toolbar">
        <h3 id="apps-title">{t('apps.title')}</h3>
        <span className="muted" data-testid="round-app-count">
          {t('apps.count', { count: included.length, total: applications.length })}
        </span>
        <span className="spacer" />
        <span className="muted small">{t('apps.passingCount', { count: passing.length })}</span>
        <button
          type="button"
          disabled={sealed || busy || passing.length === 0}
          onClick={() => void set(passing)}
        >
          {t('apps.includePassing')}
        </button>
      </div>
      {applications.length === 0 ? (
        <p className="notice">{t('apps.none')}</p>
      ) : (
        <DataTable
          className="rr-apps-table"
          scrollClassName="rr-apps-scroll"
          columns={[
            { header: t('apps.include'), className: 'rr-check' },
            { header: t('apps.column') },
            { header: t('apps.formal') },
          ]}
        >
          {applications.map((a) => {
            const state = checkOf(a.id)?.overall ?? 'pending';
            return (
              <tr key={a.id}>
                <td className="rr-check">
                  <Checkbox
                    aria-label={`${t('apps.include')} ${a.applicationNo}`}
                    checked={included.includes(a.id)}
                    disabled={sealed || busy}
                    onChange={(on) => void toggle(a.id, on)}
                  />
                </td>
                <td>
                  <span className="nowrap">{a.applicationNo}</span> {a.applicantName}
                  <span className="muted small rr-title">{a.experienceTitle}</span>
                </td>
                <td className="nowrap">
                  <span className={stateBadge[state]}>{label(formalCheckStateLabels[state])}</span>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
