import { useState } from 'react';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { ActError } from './ActError';
import { DateField, dateOf } from './DateField';
import { followupMessages } from './followup-messages';
import { recordAct, useFollowUpStore } from '../../state/followup-actions';
import { applicationLabel, todayText } from './followup-view';

function useCanRecord(): boolean {
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  return !busy && handler.trim() !== '';
}

/** 报工信部科技司征求意见 (Article 20): recorded again when the reply comes; both stay on record. */
function Consultation(props: { readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const canRecord = useCanRecord();
  const current = props.state.consultation;
  const [sent, setSent] = useState(() =>
    current ? formatChineseDate(current.sentOn) : todayText(),
  );
  const [replied, setReplied] = useState(() =>
    current?.repliedOn ? formatChineseDate(current.repliedOn) : '',
  );
  const [notes, setNotes] = useState(current?.notes ?? '');
  const sentOn = dateOf(sent);
  const repliedOn = replied.trim() === '' ? null : dateOf(replied);
  return (
    <form
      className="fu-form"
      aria-labelledby="consult-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (sentOn === null) return;
        void recordAct({ kind: 'consultation', sentOn, repliedOn, notes });
      }}
    >
      <h3 id="consult-title">{t('consultation.title')}</h3>
      {current && (
        <p data-testid="consultation-current">
          {t('consultation.current', {
            sent: formatChineseDate(current.sentOn),
            replied: current.repliedOn
              ? t('consultation.repliedOn', { date: formatChineseDate(current.repliedOn) })
              : t('consultation.repliedNone'),
          })}
          {current.notes && <span className="muted">：{current.notes}</span>}
        </p>
      )}
      <div className="fu-row">
        <DateField label={t('consultation.sent')} value={sent} onChange={setSent} />
        <DateField
          label={t('consultation.replied')}
          value={replied}
          onChange={setReplied}
          optional
        />
        <label className="fu-field fu-wide">
          <span>{t('consultation.notes')}</span>
          <input
            value={notes}
            autoComplete="off"
            onChange={(event) => setNotes(event.target.value)}
          />
        </label>
        <button
          type="submit"
          disabled={!canRecord || sentOn === null || (replied.trim() !== '' && repliedOn === null)}
        >
          {t('save')}
        </button>
      </div>
      <ActError sent={(act) => act.kind === 'consultation'} />
    </form>
  );
}

/** 现场核查: every check stays listed. */
function OnSiteChecks(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const canRecord = useCanRecord();
  const { record, state } = props;
  const candidates = record.rounds.at(-1)?.applicationIds ?? record.applications.map((a) => a.id);
  const [applicationId, setApplicationId] = useState(candidates[0] ?? '');
  const [from, setFrom] = useState(todayText);
  const [to, setTo] = useState('');
  const [inspectors, setInspectors] = useState('');
  const [notes, setNotes] = useState('');
  const fromDate = dateOf(from);
  const toDate = to.trim() === '' ? fromDate : dateOf(to);
  return (
    <section aria-labelledby="site-title">
      <h3 id="site-title">{t('site.title')}</h3>
      {state.onSiteChecks.length === 0 ? (
        <p className="muted">{t('site.none')}</p>
      ) : (
        <DataTable
          className="fu-table"
          testId="site-checks"
          columns={[
            { header: t('site.application') },
            { header: t('col.date') },
            { header: t('site.inspectors') },
            { header: t('site.notes') },
          ]}
        >
          {state.onSiteChecks.map((check) => (
            <tr key={check.seq}>
              <td>{applicationLabel(record, check.applicationId)}</td>
              <td>
                {formatChineseDate(check.from)}
                {check.to !== check.from && `—${formatChineseDate(check.to)}`}
              </td>
              <td>{check.inspectors}</td>
              <td className="fu-text">{check.notes}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        className="fu-form"
        aria-label={t('site.title')}
        onSubmit={(event) => {
          event.preventDefault();
          if (fromDate === null || toDate === null) return;
          void recordAct({
            kind: 'on-site-check',
            applicationId,
            from: fromDate,
            to: toDate,
            inspectors,
            notes,
          }).then((done) => {
            if (done) {
              setInspectors('');
              setNotes('');
            }
          });
        }}
      >
        <div className="fu-row">
          <label className="fu-field fu-wide">
            <span>{t('site.application')}</span>
            <select
              value={applicationId}
              onChange={(event) => setApplicationId(event.target.value)}
            >
              {candidates.map((id) => (
                <option key={id} value={id}>
                  {applicationLabel(record, id)}
                </option>
              ))}
            </select>
          </label>
          <DateField label={t('site.from')} value={from} onChange={setFrom} />
          <DateField label={t('site.to')} value={to} onChange={setTo} optional />
        </div>
        <div className="fu-row">
          <label className="fu-field">
            <span>{t('site.inspectors')}</span>
            <input
              value={inspectors}
              autoComplete="off"
              onChange={(event) => setInspectors(event.target.value)}
            />
          </label>
          <label className="fu-field fu-wide">
            <span>{t('site.notes')}</span>
            <input
              value={notes}
              autoComplete="off"
              onChange={(event) => setNotes(event.target.value)}
            />
          </label>
          <button
            type="submit"
            disabled={!canRecord || fromDate === null || toDate === null || applicationId === ''}
          >
            {t('save')}
          </button>
        </div>
        <ActError sent={(act) => act.kind === 'on-site-check'} />
      </form>
    </section>
  );
}

export function ConsultationTab(props: {
  readonly record: OfficeRecord;
  readonly state: FollowUpState;
}) {
  return (
    <>
      <Consultation state={props.state} />
      <OnSiteChecks record={props.record} state={props.state} />
    </>
  );
}
