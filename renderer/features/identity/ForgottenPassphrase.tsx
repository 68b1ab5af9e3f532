import { useMessages } from '../../app/i18n/use-messages';
import { identityMessages } from './identity-messages';

/** No back door: what a forgotten passphrase means, and what the backup does and does not do. */
export function ForgottenPassphrase(props: { readonly onBackup?: () => void }) {
  const t = useMessages(identityMessages);
  return (
    <aside className="id-forgot" aria-labelledby="id-forgot-title" data-testid="forgot-note">
      <h4 id="id-forgot-title">{t('forgot.title')}</h4>
      <p>
        <strong>{t('forgot.noBackDoor')}</strong>
      </p>
      <p>
        {t('forgot.backup')}{' '}
        {props.onBackup && (
          <button type="button" className="link" onClick={props.onBackup}>
            {t('forgot.toBackup')}
          </button>
        )}
      </p>
      <p>{t('forgot.newIdentity')}</p>
    </aside>
  );
}
