import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { api } from '../../ipc/client';
import { useOfficeStore } from '../../state/office-store';
import { officeMessages } from './office-messages';

function OpenCaseForm() {
  const t = useMessages(officeMessages);
  const [passphrase, setPassphrase] = useState('');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const { busy, error, setBusy, setError, setOpened } = useOfficeStore();

  const open = async (create: boolean) => {
    setBusy(t('gate.opening'));
    setError(null);
    try {
      const result = await api().office.open({
        passphrase,
        ...(create ? { create: { year } } : {}),
      });
      if (!result.ok) setError(result.error.message);
      else {
        setPassphrase('');
        await setOpened(result.value);
      }
    } finally {
      setBusy(null);
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
        <label>
          {t('gate.passphrase')}
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
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
      {busy && <p className="muted">{busy}</p>}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}

/** The office's screens need an open case: until then they show how to open one. */
export function OfficeGate(props: { readonly children: ReactNode }) {
  const t = useMessages(officeMessages);
  const { status, overview, refreshStatus } = useOfficeStore();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    void refreshStatus().finally(() => setChecked(true));
  }, [refreshStatus]);
  if (!checked) return null;
  if (!status.open) return <OpenCaseForm />;
  return (
    <>
      <div className="case-bar">
        <span>
          {t('bar.case')}：<strong>{status.workspaceName}</strong>
          {overview ? `（${overview.case.year}）` : ''}
        </span>
        <span className="muted">
          {t('bar.fingerprint')} <code>{status.officeFingerprint}</code>
        </span>
      </div>
      {overview ? props.children : null}
    </>
  );
}
