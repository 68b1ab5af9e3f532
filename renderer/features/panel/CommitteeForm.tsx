import { useState } from 'react';
import type { OfficeExpert } from '../../../shared/office/expert-card';
import type { Committee as OfficeCommittee } from '../../../shared/domain/committee';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { ChoiceField } from './ChoiceField';
import { panelMessages } from './panel-messages';

/** One expert select with "none" first, by name and id. */
export function ExpertSelect(props: {
  readonly label: string;
  readonly experts: readonly OfficeExpert[];
  readonly value: string | undefined;
  readonly noneLabel: string;
  readonly onChange: (id: string | undefined) => void;
}) {
  return (
    <ChoiceField
      label={props.label}
      value={props.value ?? ''}
      emptyLabel={props.noneLabel}
      options={props.experts.map((e) => ({ value: e.id, label: `${e.name}（${e.id}）` }))}
      onChange={(id) => props.onChange(id || undefined)}
    />
  );
}

/** 评审委员会: the chair and the vice-chair (Article 13). */
export function CommitteeForm(props: {
  readonly committee: OfficeCommittee;
  readonly experts: readonly OfficeExpert[];
}) {
  const t = useMessages(panelMessages);
  const busy = useOfficeStore(selectIsBusy);
  const [chairId, setChairId] = useState(props.committee.chairId);
  const [viceChairId, setViceChairId] = useState(props.committee.viceChairId);
  const same = chairId !== undefined && chairId === viceChairId;
  const dirty = chairId !== props.committee.chairId || viceChairId !== props.committee.viceChairId;

  // The committee's two seats, chosen alike.
  const seats = [
    { seat: 'chair', label: t('committee.chair'), value: chairId, choose: setChairId },
    {
      seat: 'vice-chair',
      label: t('committee.viceChair'),
      value: viceChairId,
      choose: setViceChairId,
    },
  ];

  const save = () =>
    changeOffice('setCommittee', {
      ...(chairId ? { chairId } : {}),
      ...(viceChairId ? { viceChairId } : {}),
    });

  return (
    <section className="panel-card" aria-labelledby="committee-title">
      <h3 id="committee-title">{t('committee.title')}</h3>
      <div className="panel-fields">
        {seats.map((seat) => (
          <ExpertSelect
            key={seat.seat}
            label={seat.label}
            experts={props.experts}
            value={seat.value}
            noneLabel={t('committee.none')}
            onChange={seat.choose}
          />
        ))}
        <button
          type="button"
          className="primary panel-field-button"
          disabled={!dirty || same || busy}
          onClick={() => void save()}
        >
          {t('committee.save')}
        </button>
      </div>
      {same && <p className="panel-invalid small">{t('committee.same')}</p>}
    </section>
  );
}
