import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { restoreIdentity } from '../../state/identity-actions';
import {
  selectIdentityBusy,
  selectIdentityError,
  useIdentityStore,
} from '../../state/identity-store';
import { identityMessages } from './identity-messages';

/** A backup file (chosen in main's dialog) kept once it opens with the passphrase typed here. */
export function RestoreForm() {
  const t = useMessages(identityMessages);
  const busy = useIdentityStore(selectIdentityBusy);
  const error = useIdentityStore(selectIdentityError('restore'));
  const [passphrase, setPassphrase] = useState('');
  return (
    <section className="id-panel id-restore" aria-labelledby="id-restore-title">
      <h3 id="id-restore-title">{t('restore.title')}</h3>
      <p className="muted">{t('restore.explain')}</p>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          void restoreIdentity(passphrase).then((done) => {
            if (done) setPassphrase('');
          });
        }}
      >
        <PassphraseField
          className="inline-field"
          label={t('restore.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        <button type="submit" disabled={!passphrase || busy !== null}>
          {t('restore.submit')}
        </button>
        {busy === 'restore' && <span className="muted">{t('busy.restore')}</span>}
      </form>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
