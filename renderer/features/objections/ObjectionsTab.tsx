import { Fragment, useState } from 'react';
import { objectionStatusLabels } from '../../../shared/domain/objection';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpState, ObjectionView } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { useLocale } from '../../app/i18n/locale-context';
import { DataTable } from '../../components/DataTable';
import { ActError } from './ActError';
import { FilePicker } from './FilePicker';
import { DateField, dateOf } from './DateField';
import { followupMessages } from './followup-messages';
import { OfficeReports } from './OfficeReports';
import { importReReview, recordAct, useFollowUpStore } from '../../state/followup-actions';
import { applicationLabel, todayText } from './followup-view';

function useCanRecord(): boolean {
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  return !busy && handler.trim() !== '';
}

function ReceiveForm(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const canRecord = useCanRecord();
  const notice = props.state.notice!;
  const [applicationId, setApplicationId] = useState(notice.applicationIds[0] ?? '');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [contact, setContact] = useState('');
  const [content, setContent] = useState('');
  const [evidence, setEvidence] = useState('');
  const [received, setReceived] = useState(todayText);
  const [via, setVia] = useState(t('objections.viaDefault'));
  const receivedOn = dateOf(received);
  return (
    <form
      className="fu-form"
      aria-labelledby="receive-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (receivedOn === null) return;
        void recordAct({
          kind: 'objection-received',
          applicationId,
          objector: { name, organisation, contact },
          content,
          evidence: evidence
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
          receivedOn,
          via,
        }).then((done) => {
          if (!done) return;
          setName('');
          setOrganisation('');
          setContact('');
          setContent('');
          setEvidence('');
        });
      }}
    >
      <h3 id="receive-title">{t('objections.formTitle')}</h3>
      <p className="muted small" data-testid="objection-deadline">
        {t('objections.deadline', { end: formatChineseDate(notice.lastDay) })}
      </p>
      <div className="fu-row">
        <label className="fu-field fu-wide">
          <span>{t('objections.application')}</span>
          <select value={applicationId} onChange={(event) => setApplicationId(event.target.value)}>
            {notice.applicationIds.map((id) => (
              <option key={id} value={id}>
                {applicationLabel(props.record, id)}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('objections.received')} value={received} onChange={setReceived} />
        <label className="fu-field">
          <span>{t('objections.via')}</span>
          <input value={via} autoComplete="off" onChange={(event) => setVia(event.target.value)} />
        </label>
      </div>
      <div className="fu-row">
        <label className="fu-field">
          <span>{t('objections.objector')}</span>
          <input
            value={name}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="fu-field">
          <span>{t('objections.organisation')}</span>
          <input
            value={organisation}
            autoComplete="off"
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </label>
        <label className="fu-field">
          <span>{t('objections.contact')}</span>
          <input
            value={contact}
            autoComplete="off"
            onChange={(event) => setContact(event.target.value)}
          />
        </label>
      </div>
      <div className="fu-row">
        <label className="fu-field fu-wide">
          <span>{t('objections.content')}</span>
          <textarea
            rows={2}
            value={content}
            autoComplete="off"
            onChange={(event) => setContent(event.target.value)}
          />
        </label>
        <label className="fu-field fu-wide">
          <span>{t('objections.evidence')}</span>
          <textarea
            rows={2}
            value={evidence}
            autoComplete="off"
            onChange={(event) => setEvidence(event.target.value)}
          />
        </label>
      </div>
      <ActError sent={(act) => act.kind === 'objection-received'} />
      <div className="toolbar">
        <span className="spacer" />
        <button
          type="submit"
          className="primary"
          disabled={
            !canRecord || receivedOn === null || name.trim() === '' || content.trim() === ''
          }
        >
          {t('objections.take')}
        </button>
      </div>
    </form>
  );
}

/** The next step of one objection: investigate, refer, or record the committee's re-review. */
function NextStep(props: { readonly record: OfficeRecord; readonly objection: ObjectionView }) {
  const t = useMessages(followupMessages);
  const canRecord = useCanRecord();
  const { objection } = props;
  const objectionId = objection.received.objectionId;
  const [date, setDate] = useState(todayText);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'dismissed'>('dismissed');
  const { chairId, viceChairId } = props.record.committee;
  const members = [chairId, viceChairId].filter((id): id is string => id !== undefined);
  const [member, setMember] = useState(members[0] ?? '');
  const on = dateOf(date);
  if (objection.reReview) return null;
  const stage =
    objection.investigation === null
      ? 'investigate'
      : objection.referral === null
        ? 'refer'
        : 'reReview';
  const submit = () => {
    if (on === null) return;
    const act =
      stage === 'investigate'
        ? ({ kind: 'objection-investigated', objectionId, on, findings: text } as const)
        : stage === 'refer'
          ? ({ kind: 'objection-referred', objectionId, on } as const)
          : ({
              kind: 'objection-re-reviewed',
              objectionId,
              outcome,
              decidedOn: on,
              committeeMemberId: member,
              notes: text,
            } as const);
    void recordAct(act).then((done) => done && setText(''));
  };
  const title =
    stage === 'investigate'
      ? t('objections.investigate')
      : stage === 'refer'
        ? t('objections.refer')
        : t('objections.reReview');
  return (
    <form
      className="fu-step-form"
      aria-label={`${objectionId} ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <strong>{title}</strong>
      <DateField label={t('objections.on')} value={date} onChange={setDate} />
      {stage === 'reReview' && (
        <>
          <label className="fu-field">
            <span>{t('objections.outcome')}</span>
            <select
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as 'upheld' | 'dismissed')}
            >
              <option value="dismissed">{t('objections.dismissed')}</option>
              <option value="upheld">{t('objections.upheld')}</option>
            </select>
          </label>
          <label className="fu-field">
            <span>{t('objections.member')}</span>
            <select value={member} onChange={(event) => setMember(event.target.value)}>
              {members.map((id) => (
                <option key={id} value={id}>
                  {props.record.experts.find((e) => e.id === id)?.name ?? id}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {stage !== 'refer' && (
        <label className="fu-field fu-wide">
          <span>{stage === 'investigate' ? t('objections.findings') : t('objections.notes')}</span>
          <textarea
            rows={2}
            value={text}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </label>
      )}
      <button
        type="submit"
        disabled={
          !canRecord ||
          on === null ||
          (stage === 'investigate' && text.trim() === '') ||
          (stage === 'reReview' && member === '')
        }
      >
        {t('save')}
      </button>
      {stage === 'reReview' && (
        <FilePicker
          label={t('objections.signedFile')}
          accept=".qbrereview"
          testId={`re-review-input-${objectionId}`}
          disabled={!canRecord}
          onFile={(file) => void importReReview(objectionId, file)}
        />
      )}
      <ActError
        sent={(act) =>
          'objectionId' in act &&
          act.objectionId === objectionId &&
          act.kind !== 'objection-received'
        }
      />
    </form>
  );
}

export function ObjectionsTab(props: {
  readonly record: OfficeRecord;
  readonly state: FollowUpState;
}) {
  const t = useMessages(followupMessages);
  const locale = useLocale();
  const { record, state } = props;
  if (!state.notice) return <p className="notice">{t('objections.needNotice')}</p>;
  return (
    <>
      {state.objections.length === 0 ? (
        <p className="muted">{t('objections.none')}</p>
      ) : (
        <DataTable
          className="fu-table fu-objections"
          testId="objections-table"
          columns={[
            { header: t('col.objection') },
            { header: t('site.application') },
            { header: t('col.objector') },
            { header: t('objections.content') },
            { header: t('col.received') },
            { header: t('col.status') },
          ]}
        >
          {state.objections.map((o) => (
            <Fragment key={o.received.objectionId}>
              <tr>
                <td>{o.received.objectionId}</td>
                <td>{applicationLabel(record, o.received.applicationId)}</td>
                <td>
                  {o.received.objector.name}
                  {o.received.objector.organisation && (
                    <div className="muted small">{o.received.objector.organisation}</div>
                  )}
                </td>
                <td className="fu-text">
                  {o.received.content}
                  {o.received.evidence.length > 0 && (
                    <div className="muted small">
                      {t('objections.evidenceCount', { count: o.received.evidence.length })}：
                      {o.received.evidence.join('；')}
                    </div>
                  )}
                  {o.investigation && <div className="small">{o.investigation.findings}</div>}
                  {o.reReview?.notes && <div className="small">{o.reReview.notes}</div>}
                </td>
                <td className="fu-nowrap">{formatChineseDate(o.received.receivedOn)}</td>
                <td>
                  <span
                    className={`badge ${o.status === 'upheld' ? 'badge-warning' : o.status === 'dismissed' ? 'badge-ok' : ''}`}
                  >
                    {objectionStatusLabels[o.status][locale === 'en' ? 'en' : 'zh']}
                  </span>
                </td>
              </tr>
              {o.reReview === null && (
                <tr className="fu-next-row">
                  <td colSpan={6}>
                    <NextStep record={record} objection={o} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </DataTable>
      )}
      {state.approval === null && <ReceiveForm record={record} state={state} />}
      <OfficeReports record={record} state={state} kind="objection-record" />
    </>
  );
}
