import { useState } from 'react';
import type {
  AvailableCommitteeDesk,
  ReReviewSigned,
} from '../../../shared/committee-desk/committee-desk-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import { committeeMessages } from './committee-messages';
import { numberOf } from './committee-words';

type Outcome = 'objection-upheld' | 'objection-rejected';

/**
 * 异议复核 (Article 21): the committee's re-review of an objection the office referred, signed by
 * the chair (or the vice-chair acting) against the round's last exported result bundle.
 */
export function ObjectionReviewView(props: {
  readonly state: AvailableCommitteeDesk;
  readonly busy: boolean;
  readonly error: ShownError | null;
  readonly signed: ReReviewSigned | null;
  readonly onSign: (request: {
    objectionId: string;
    applicationId: string;
    outcome: Outcome;
    opinion: string;
  }) => Promise<boolean>;
}) {
  const t = useMessages(committeeMessages);
  const { state } = props;
  const [objectionId, setObjectionId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [opinion, setOpinion] = useState('');
  const [problem, setProblem] = useState<'objection.badId' | 'objection.needAll' | null>(null);
  const result = state.exports.at(-1) ?? null;
  const applications = state.merge?.applications ?? [];

  const sign = () => {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(objectionId.trim())) return setProblem('objection.badId');
    if (applicationId === '' || outcome === null || opinion.trim() === '') {
      return setProblem('objection.needAll');
    }
    setProblem(null);
    void props
      .onSign({ objectionId: objectionId.trim(), applicationId, outcome, opinion: opinion.trim() })
      .then((ok) => {
        if (ok) {
          setObjectionId('');
          setApplicationId('');
          setOutcome(null);
          setOpinion('');
        }
      });
  };

  return (
    <div className="cm-objection" data-testid="committee-objection">
      <section className="cm-panel" aria-labelledby="cm-objection-title">
        <h3 id="cm-objection-title">{t('objection.panel')}</h3>
        <p className="muted small">{t('objection.lead')}</p>
        {result === null ? (
          <p className="notice notice-warning" data-testid="committee-objection-needs-result">
            {t('objection.needResult')}
          </p>
        ) : (
          <p className="small" data-testid="committee-objection-result">
            {t('objection.resultNote', { sequence: result.sequence, fileName: result.fileName })}
          </p>
        )}
        <div className="cm-settings-row">
          <label>
            {t('objection.id')}
            <input
              type="text"
              autoComplete="off"
              maxLength={32}
              value={objectionId}
              onChange={(e) => setObjectionId(e.target.value)}
              data-testid="committee-objection-id"
            />
          </label>
          <label>
            {t('objection.application')}
            <select
              value={applicationId}
              onChange={(e) => setApplicationId(e.target.value)}
              data-testid="committee-objection-application"
            >
              <option value="">{t('objection.choose')}</option>
              {applications.map((a) => (
                <option key={a.applicationId} value={a.applicationId}>
                  {a.applicationNo}{' '}
                  {state.applications.find((x) => x.applicationId === a.applicationId)
                    ?.applicantName ?? ''}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="cm-outcome">
          <legend>{t('objection.outcome')}</legend>
          {(['objection-upheld', 'objection-rejected'] as const).map((o) => (
            <label key={o}>
              <input
                type="radio"
                name="cm-outcome"
                checked={outcome === o}
                onChange={() => setOutcome(o)}
                data-testid={`committee-outcome-${o}`}
              />
              {t(o === 'objection-upheld' ? 'objection.upheld' : 'objection.rejected')}
            </label>
          ))}
        </fieldset>
        <label className="cm-block">
          {t('objection.opinion')}
          <textarea
            autoComplete="off"
            rows={4}
            maxLength={5000}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            data-testid="committee-objection-opinion"
          />
        </label>
        {problem ? (
          <p className="notice notice-error" role="alert" data-testid="committee-objection-problem">
            {t(problem)}
          </p>
        ) : null}
        {props.error ? (
          <ErrorNotice error={props.error} testId="committee-objection-refused" />
        ) : null}
        {props.signed ? (
          <p className="notice" data-testid="committee-objection-done">
            {t('objection.done', { id: props.signed.objectionId, file: props.signed.fileName })}
          </p>
        ) : null}
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={props.busy}
            onClick={sign}
            data-testid="committee-objection-sign"
          >
            {props.busy ? t('objection.signing') : t('objection.sign')}
          </button>
        </div>
      </section>
      <section className="cm-panel" aria-labelledby="cm-history-title">
        <h3 id="cm-history-title">{t('objection.history')}</h3>
        {state.reReviews.length === 0 ? (
          <p className="muted">{t('objection.none')}</p>
        ) : (
          <ul data-testid="committee-objection-history">
            {state.reReviews.map((r) => (
              <li key={`${r.objectionId}-${r.at}`}>
                {r.objectionId} · {numberOf(state, r.applicationId)} ·{' '}
                {t(r.outcome === 'objection-upheld' ? 'objection.upheld' : 'objection.rejected')} ·{' '}
                {r.fileName}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
