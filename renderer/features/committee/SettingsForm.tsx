import { useState } from 'react';
import type {
  AvailableCommitteeDesk,
  CommitteeDeskSettings,
} from '../../../shared/committee-desk/committee-desk-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import { committeeMessages } from './committee-messages';

/** A number field's text: empty is none; a refused text says so before anything is sent. */
function parseQuota(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^[1-9][0-9]{0,4}$/.test(trimmed) ? Number(trimmed) : 'bad';
}
function parseLine(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[0-9]{1,4}(\.[0-9]{1,4})?$/.test(trimmed)) return 'bad';
  const value = Number(trimmed);
  return value <= 1000 ? value : 'bad';
}

/**
 * 主任委员的决定: which ranking the list follows, the quota and the score line, and the
 * committee's exclusions each with its written reason; saved in main once the merge takes them.
 */
export function SettingsForm(props: {
  readonly state: AvailableCommitteeDesk;
  readonly busy: boolean;
  readonly error: ShownError | null;
  readonly onSave: (settings: CommitteeDeskSettings) => Promise<boolean>;
}) {
  const t = useMessages(committeeMessages);
  const { settings } = props.state;
  const [basis, setBasis] = useState(settings.basis);
  const [quota, setQuota] = useState(settings.quota === null ? '' : String(settings.quota));
  const [line, setLine] = useState(settings.scoreLine === null ? '' : String(settings.scoreLine));
  const [exclusions, setExclusions] = useState(settings.exclusions.map((e) => ({ ...e })));
  const [problem, setProblem] = useState<'settings.badNumber' | 'settings.needReason' | null>(null);
  const applications = props.state.merge?.applications ?? [];

  const save = () => {
    const q = parseQuota(quota);
    const l = parseLine(line);
    if (q === 'bad' || l === 'bad') return setProblem('settings.badNumber');
    if (exclusions.some((e) => e.reason.trim() === '')) return setProblem('settings.needReason');
    setProblem(null);
    void props.onSave({ basis, quota: q, scoreLine: l, exclusions });
  };

  return (
    <section
      className="cm-panel"
      aria-labelledby="cm-settings-title"
      data-testid="committee-settings"
    >
      <h3 id="cm-settings-title">{t('settings.title')}</h3>
      <p className="muted small">{t('settings.lead')}</p>
      <div className="cm-settings-row">
        <label>
          {t('settings.basis')}
          <select
            value={basis}
            onChange={(e) => setBasis(e.target.value as 'raw' | 'normalised')}
            data-testid="committee-basis"
          >
            <option value="raw">{t('settings.basis.raw')}</option>
            <option value="normalised">{t('settings.basis.normalised')}</option>
          </select>
        </label>
        <label>
          {t('settings.quota')}
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={quota}
            onChange={(e) => setQuota(e.target.value)}
            data-testid="committee-quota"
          />
        </label>
        <label>
          {t('settings.scoreLine')}
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={line}
            onChange={(e) => setLine(e.target.value)}
            data-testid="committee-score-line"
          />
        </label>
      </div>
      <fieldset className="cm-exclusions">
        <legend>{t('settings.exclusions')}</legend>
        {exclusions.map((e, i) => (
          <div className="cm-exclusion" key={i} data-testid={`committee-exclusion-${i}`}>
            <label>
              {t('settings.exclusionApp')}
              <select
                value={e.applicationId}
                onChange={(event) =>
                  setExclusions(
                    exclusions.map((x, j) =>
                      j === i ? { ...x, applicationId: event.target.value } : x,
                    ),
                  )
                }
              >
                {applications.map((a) => (
                  <option key={a.applicationId} value={a.applicationId}>
                    {a.applicationNo}
                  </option>
                ))}
              </select>
            </label>
            <label className="cm-grow">
              {t('settings.exclusionReason')}
              <input
                type="text"
                autoComplete="off"
                maxLength={2000}
                value={e.reason}
                onChange={(event) =>
                  setExclusions(
                    exclusions.map((x, j) => (j === i ? { ...x, reason: event.target.value } : x)),
                  )
                }
              />
            </label>
            <button
              type="button"
              onClick={() => setExclusions(exclusions.filter((_, j) => j !== i))}
            >
              {t('settings.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={applications.length === 0}
          data-testid="committee-add-exclusion"
          onClick={() =>
            setExclusions([
              ...exclusions,
              {
                applicationId:
                  applications.find(
                    (a) => !exclusions.some((x) => x.applicationId === a.applicationId),
                  )?.applicationId ?? applications[0]!.applicationId,
                reason: '',
              },
            ])
          }
        >
          {t('settings.addExclusion')}
        </button>
      </fieldset>
      {problem ? (
        <p className="notice notice-error" role="alert" data-testid="committee-settings-problem">
          {t(problem)}
        </p>
      ) : null}
      {props.error ? <ErrorNotice error={props.error} testId="committee-settings-refused" /> : null}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={props.busy}
          onClick={save}
          data-testid="committee-save-settings"
        >
          {props.busy ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </section>
  );
}
