import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { passphraseWeaknessMessage } from '../../../shared/security/passphrase-weakness';
import type { PassphraseState } from './create-draft';
import { identityMessages } from './identity-messages';

/** What the form says of the passphrase as it is typed, in the UI's language. */
export function PassphraseAdvice(props: { readonly state: PassphraseState }) {
  const t = useMessages(identityMessages);
  const locale = useLocale();
  const { state } = props;
  if (state.kind === 'empty') return <p className="muted id-advice">{t('create.hint')}</p>;
  if (state.kind === 'checking') return <p className="muted id-advice">{t('create.checking')}</p>;
  if (state.kind === 'strong') {
    return (
      <p className="id-advice id-advice-ok" data-testid="passphrase-advice">
        {t('create.strong')}
      </p>
    );
  }
  const text =
    state.kind === 'mismatch'
      ? t('create.mismatch')
      : passphraseWeaknessMessage(state.weakness)[locale === 'en' ? 'en' : 'zh'];
  return (
    <p className="id-advice id-advice-weak" role="status" data-testid="passphrase-advice">
      {text}
    </p>
  );
}
