import { useState } from 'react';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import type { OfficeRound } from '../../../shared/office/office-round';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { rrMessages } from './rr-messages';

/** 答辩评审 from the sealed material round's shortlist (Articles 19, 20). */
export function DefenseRoundForm(props: {
  readonly overview: OfficeOverview;
  readonly materialRound: OfficeRound;
}) {
  const t = useMessages(rrMessages);
  const busy = useOfficeStore(selectIsBusy);
  const [shortlist, setShortlist] = useState<readonly string[]>([]);
  const applications = props.overview.record.applications.filter((a) =>
    props.materialRound.applicationIds.includes(a.id),
  );
  const toggle = (id: string, on: boolean) =>
    setShortlist((current) => (on ? [...current, id] : current.filter((x) => x !== id)));

  return (
    <section className="notice rr-defense" aria-labelledby="defense-title">
      <h3 id="defense-title">{t('defense.title')}</h3>
      <p className="muted small">{t('defense.hint')}</p>
      <ul className="rr-defense-list">
        {applications.map((a) => (
          <li key={a.id}>
            <label>
              <input
                type="checkbox"
                checked={shortlist.includes(a.id)}
                onChange={(event) => toggle(a.id, event.target.checked)}
              />
              {a.applicationNo} {a.applicantName}
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="primary"
        disabled={shortlist.length === 0 || busy}
        onClick={() =>
          void changeOffice('addDefenseRound', {
            materialRoundId: props.materialRound.round.id,
            shortlist: [...shortlist],
          })
        }
      >
        {t('defense.create', { count: shortlist.length })}
      </button>
    </section>
  );
}
