import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { unlockIdentity } from '../../state/identity-actions';
import {
  selectIdentityBusy,
  selectIdentityError,
  useIdentityStore,
} from '../../state/identity-store';
import type { IdentitySummary } from '../../../shared/identity/identity-views';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { identityMessages } from './identity-messages';
import { roleKey } from './identity-text';

/** Unlocks one identity (switching to it); says plainly what a forgotten passphrase means. */
export function UnlockForm(props: {
  readonly identity: IdentitySummary;
  readonly onDone: () => void;
  readonly onBackup: () => void;
}) {
  const t = useMessages(identityMessages);
  const busy = useIdentityStore(selectIdentityBusy);
  const error = useIdentityStore(selectIdentityError('unlock'));
  const [passphrase, setPassphrase] = useState('');
  return (
    <section className="id-panel id-unlock" aria-labelledby="id-unlock-title">
      <h3 id="id-unlock-title">
        {t('unlock.title', {
          name: props.identity.name,
          role: t(roleKey(props.identity.role)),
        })}
      </h3>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          void unlockIdentity(props.identity.fingerprint, passphrase).then((done) => {
            if (done) {
              setPassphrase('');
              props.onDone();
            }
          });
        }}
      >
        <PassphraseField
          className="inline-field"
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        <button type="submit" className="primary" disabled={!passphrase || busy !== null}>
          {t('unlock.submit')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('unlock.cancel')}
        </button>
        {busy === 'unlock' && <span className="muted">{t('busy.unlock')}</span>}
      </form>
      {error && <ErrorNotice error={error} />}
      <ForgottenPassphrase onBackup={props.onBackup} />
    </section>
  );
}
