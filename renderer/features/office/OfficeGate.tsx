import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useOfficeTaskText } from '../../app/i18n/office-tasks';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { openOffice, refreshStatus } from '../../state/office-actions';
import {
  selectBusy,
  selectError,
  selectOverview,
  selectStatus,
  useOfficeStore,
} from '../../state/office-store';
import { officeMessages } from './office-messages';
import { RestoreFromBackup } from './RestoreFromBackup';
import { rolledBackOf } from './rolled-back';
import type { RolledBack } from './rolled-back';

function OpenRecordForm(props: { readonly onRestored: (generation: number) => void }) {
  const t = useMessages(officeMessages);
  const taskText = useOfficeTaskText();
  const [passphrase, setPassphrase] = useState('');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [rolledBack, setRolledBack] = useState<RolledBack | null>(null);
  const busy = useOfficeStore(selectBusy);
  const error = useOfficeStore(selectError('screen'));

  /** Opens (or creates) the record; with restoreGeneration, accepts that older state on purpose. */
  const open = async (create: boolean, restoreGeneration?: number) => {
    const result = await openOffice({
      passphrase,
      ...(create ? { create: { year } } : {}),
      ...(restoreGeneration === undefined ? {} : { restoreGeneration }),
    });
    if (!result.ok) {
      const refused = create ? null : rolledBackOf(result.error);
      // A restore that failed for another reason (a wrong passphrase) keeps its panel.
      if (refused || restoreGeneration === undefined) setRolledBack(refused);
    } else {
      setPassphrase('');
      setRolledBack(null);
      if (restoreGeneration !== undefined) props.onRestored(restoreGeneration);
    }
  };

  return (
    <section className="screen gate" aria-labelledby="gate-title">
      <h2 id="gate-title">{t('gate.title')}</h2>
      <p className="muted">{t('gate.explain')}</p>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void open(false);
        }}
      >
        <PassphraseField label={t('gate.passphrase')} value={passphrase} onChange={setPassphrase} />
        <div className="toolbar">
          <button type="submit" className="primary" disabled={!passphrase || busy !== null}>
            {t('gate.open')}
          </button>
          <span className="muted">{t('gate.or')}</span>
          <label className="inline-field">
            {t('gate.year')}
            <input
              type="number"
              className="year-input"
              min={2000}
              max={2100}
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
            />
          </label>
          <button
            type="button"
            disabled={!passphrase || busy !== null}
            onClick={() => void open(true)}
          >
            {t('gate.create')}
          </button>
        </div>
      </form>
      {busy && <p className="muted">{taskText(busy)}</p>}
      {error && <ErrorNotice error={error} />}
      {rolledBack && (
        <RestoreFromBackup
          key={rolledBack.found}
          rolledBack={rolledBack}
          disabled={!passphrase || busy !== null}
          onRestore={(generation) => void open(false, generation)}
        />
      )}
    </section>
  );
}

/** The office's screens need an open record: until then they show how to open one. */
export function OfficeGate(props: { readonly children: ReactNode }) {
  const t = useMessages(officeMessages);
  const status = useOfficeStore(selectStatus);
  const overview = useOfficeStore(selectOverview);
  const [checked, setChecked] = useState(false);
  const [restored, setRestored] = useState<number | null>(null);
  useEffect(() => {
    void refreshStatus().finally(() => setChecked(true));
  }, []);
  if (!checked) return null;
  if (!status.open) return <OpenRecordForm onRestored={setRestored} />;
  return (
    <>
      <div className="case-bar">
        <span>
          {t('bar.case')}：<strong>{status.workspaceName}</strong>
          {overview ? `（${overview.record.year}）` : ''}
        </span>
        <span className="muted">
          {t('bar.fingerprint')} <code>{status.officeFingerprint}</code>
        </span>
      </div>
      {restored !== null && (
        <p className="notice notice-warning gate-restored" role="status">
          {t('restore.done', { generation: restored })}
        </p>
      )}
      {overview ? props.children : null}
    </>
  );
}
