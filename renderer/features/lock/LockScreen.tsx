/**
 * What the window shows while the app is locked, in place of every screen (they are unmounted,
 * and what they held is gone): whose passphrase unlocks it, the package that opens again, and an
 * edit lost at locking if one was.
 */
import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { unlockApp } from '../../state/lock-actions';
import {
  selectLockBusy,
  selectLockError,
  selectLockStatus,
  selectUnsavedAtLock,
  useLockStore,
} from '../../state/lock-store';
import { lockMessages } from './lock-messages';
import './lock.css';

export function LockScreen() {
  const t = useMessages(lockMessages);
  const status = useLockStore(selectLockStatus);
  const busy = useLockStore(selectLockBusy);
  const error = useLockStore(selectLockError);
  const unsaved = useLockStore(selectUnsavedAtLock);
  const [passphrase, setPassphrase] = useState('');
  const [packagePassphrase, setPackagePassphrase] = useState('');
  const identity = status?.identity ?? null;
  const opened = status?.package ?? null;
  const needsPackagePassphrase = opened?.unlockedWith === 'passphrase';
  const ready =
    (identity === null || passphrase.trim() !== '') &&
    (!needsPackagePassphrase || packagePassphrase.trim() !== '');

  return (
    <main className="lock-screen" aria-labelledby="lock-title" data-testid="lock-screen">
      <section className="lock-panel">
        <h2 id="lock-title">{t('title')}</h2>
        <p className="muted">{t('explain')}</p>
        {identity && (
          <p className="lock-whose">
            {t('whose', { name: identity.name, fingerprint: identity.fingerprint })}
          </p>
        )}
        {opened && <p>{t('package', { fileName: opened.fileName })}</p>}
        {needsPackagePassphrase && <p className="muted">{t('packageByPassphrase')}</p>}
        {identity === null && !needsPackagePassphrase && <p>{t('nothing')}</p>}
        {unsaved && (
          <p className="notice notice-warning" role="alert">
            {t('unsaved')}
          </p>
        )}
        <form
          className="lock-form"
          aria-label={t('title')}
          onSubmit={(event) => {
            event.preventDefault();
            void unlockApp({ passphrase, packagePassphrase }).then((done) => {
              if (done) {
                setPassphrase('');
                setPackagePassphrase('');
              }
            });
          }}
        >
          {identity && (
            <PassphraseField
              className="lock-field"
              label={t('passphrase')}
              value={passphrase}
              onChange={setPassphrase}
            />
          )}
          {needsPackagePassphrase && (
            <PassphraseField
              className="lock-field"
              label={t('packagePassphrase')}
              value={packagePassphrase}
              onChange={setPackagePassphrase}
            />
          )}
          <div className="toolbar">
            <button type="submit" className="primary" disabled={!ready || busy !== null}>
              {t('submit')}
            </button>
            {busy === 'unlock' && <span className="muted">{t('busy')}</span>}
          </div>
        </form>
        {error && <ErrorNotice error={error} testId="lock-error" />}
      </section>
    </main>
  );
}
