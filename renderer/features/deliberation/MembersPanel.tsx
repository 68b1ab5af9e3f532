import { useId, useState } from 'react';
import type { AvailableDeliberation } from '../../../shared/deliberation/deliberation-views';
import type { ImportedBundle } from '../../../shared/deliberation/deliberation-views';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OptionSelect } from '../../components/OptionSelect';
import type { ShownError } from '../../ipc/shown-error';
import { deliberationMessages } from './deliberation-messages';
import type { GoOnCause } from './go-on-without';
import { goOnWithoutRecords } from './go-on-without';

/** 不等待，记录理由: the member, the case and the reason, then one absence per application. */
export function GoOnForm(props: {
  readonly state: AvailableDeliberation;
  readonly missing: readonly string[];
  readonly nameOf: (expertId: string) => string;
  readonly busy: boolean;
  readonly onSave: (records: readonly DeliberationRecord[]) => Promise<boolean>;
  readonly onDone: () => void;
}) {
  const t = useMessages(deliberationMessages);
  const id = useId();
  const [expertId, setExpertId] = useState(props.missing[0] ?? '');
  const [cause, setCause] = useState<GoOnCause>('missing-review');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const records = goOnWithoutRecords(props.state.merge, props.state.deliberation, {
    expertId,
    cause,
    reason,
  });
  const unchanged = reason.trim() !== '' && records.length === 0;
  return (
    <div className="dl-go-on" role="group" aria-labelledby={`${id}-title`} data-testid="go-on-form">
      <h4 id={`${id}-title`}>{t('goOn.title')}</h4>
      <p className="muted small">{t('goOn.lead')}</p>
      <div className="dl-form-grid">
        <div className="dl-field">
          <label htmlFor={`${id}-member`}>{t('goOn.member')}</label>
          <OptionSelect
            id={`${id}-member`}
            value={expertId}
            data-testid="go-on-member"
            options={props.missing.map((m) => ({ value: m, label: props.nameOf(m) }))}
            onChange={setExpertId}
          />
        </div>
        <div className="dl-field">
          <label htmlFor={`${id}-cause`}>{t('goOn.cause')}</label>
          <OptionSelect
            id={`${id}-cause`}
            value={cause}
            data-testid="go-on-cause"
            options={(['missing-review', 'dropped-out'] as const).map((c) => ({
              value: c,
              label: t(`cause.${c}`),
            }))}
            onChange={(value) =>
              setCause(value === 'dropped-out' ? 'dropped-out' : 'missing-review')
            }
          />
        </div>
        <div className="dl-field dl-wide">
          <label htmlFor={`${id}-reason`}>{t('goOn.reason')}</label>
          <textarea
            id={`${id}-reason`}
            autoComplete="off"
            rows={2}
            maxLength={20_000}
            value={reason}
            data-testid="go-on-reason"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </div>
      {tried && reason.trim() === '' ? (
        <p className="dl-problem" role="alert">
          {t('form.needsText')}
        </p>
      ) : null}
      {unchanged ? <p className="muted">{t('goOn.nothing')}</p> : null}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={props.busy || unchanged}
          data-testid="go-on-confirm"
          onClick={() => {
            setTried(true);
            if (records.length === 0) return;
            void props.onSave(records).then((ok) => {
              if (ok) props.onDone();
            });
          }}
        >
          {props.busy ? t('records.saving') : t('goOn.confirm')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onDone}>
          {t('records.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * 组员评审意见包: every person of the group, with the bundle merged (its sequence) and the
 * earlier ones it superseded, or 尚未提交; 导入评审意见包 through main's dialog; and, while
 * someone is missing, the way to go on without them, with a reason.
 */
export function MembersPanel(props: {
  readonly state: AvailableDeliberation;
  readonly nameOf: (expertId: string) => string;
  readonly busy: 'import' | 'append' | 'export' | null;
  readonly imported: readonly ImportedBundle[] | null;
  readonly importError: ShownError | null;
  readonly appendError: ShownError | null;
  readonly onImport: () => void;
  readonly onGoOn: (records: readonly DeliberationRecord[]) => Promise<boolean>;
}) {
  const t = useMessages(deliberationMessages);
  const [goingOn, setGoingOn] = useState(false);
  const { state } = props;
  const missing = state.members.filter((m) => m.submitted === null).map((m) => m.expertId);
  return (
    <section className="dl-members" aria-labelledby="dl-members-title" data-testid="members-panel">
      <div className="dl-section-head">
        <h3 id="dl-members-title">{t('members.title')}</h3>
        <button
          type="button"
          className="primary"
          disabled={props.busy !== null}
          data-testid="import-bundles"
          onClick={props.onImport}
        >
          {props.busy === 'import' ? t('members.importing') : t('members.import')}
        </button>
      </div>
      <p className="muted small">{t('members.lead')}</p>
      {props.importError ? <ErrorNotice error={props.importError} testId="import-refused" /> : null}
      {props.imported !== null ? (
        <p className="notice" data-testid="import-done">
          {t('members.imported', { count: props.imported.length })}
        </p>
      ) : null}
      <table className="data-table dl-members-table">
        <thead>
          <tr>
            <th>{t('members.expert')}</th>
            <th>{t('members.role')}</th>
            <th>{t('members.state')}</th>
            <th>{t('members.superseded')}</th>
            <th>{t('members.fingerprint')}</th>
          </tr>
        </thead>
        <tbody>
          {state.members.map((m) => (
            <tr
              key={m.expertId}
              data-testid={`member-${m.expertId}`}
              data-submitted={m.submitted === null ? 'none' : String(m.submitted.sequence)}
            >
              <td>{props.nameOf(m.expertId)}</td>
              <td>{t(`role.${m.role}`)}</td>
              <td>
                {m.submitted === null ? (
                  <span className="badge dl-missing">{t('members.missing')}</span>
                ) : (
                  <span className="badge dl-submitted-badge">
                    {t('members.submitted', { sequence: m.submitted.sequence })}
                  </span>
                )}
              </td>
              <td data-testid={`superseded-${m.expertId}`}>
                {m.submitted === null || m.submitted.superseded.length === 0 ? (
                  <span className="muted">{t('members.none')}</span>
                ) : (
                  m.submitted.superseded
                    .map((s) => t('members.supersededItem', { sequence: s.sequence }))
                    .join('、')
                )}
              </td>
              <td className="dl-fingerprint">{m.fingerprint}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length === 0 ? (
        <p className="muted small" data-testid="members-all-in">
          {t('members.allIn')}
        </p>
      ) : (
        <div className="notice notice-warning dl-missing-note" data-testid="members-missing">
          <span>{t('members.missingNote', { names: missing.map(props.nameOf).join('、') })}</span>
          {goingOn ? null : (
            <button type="button" data-testid="go-on" onClick={() => setGoingOn(true)}>
              {t('members.goOn')}
            </button>
          )}
        </div>
      )}
      {goingOn && missing.length > 0 ? (
        <>
          {props.appendError ? <ErrorNotice error={props.appendError} /> : null}
          <GoOnForm
            state={state}
            missing={missing}
            nameOf={props.nameOf}
            busy={props.busy !== null}
            onSave={props.onGoOn}
            onDone={() => setGoingOn(false)}
          />
        </>
      ) : null}
    </section>
  );
}
