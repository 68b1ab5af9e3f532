import { useMessages } from '../../app/i18n/use-messages';
import { CreateIdentityForm } from './CreateIdentityForm';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { identityMessages } from './identity-messages';
import { RestoreForm } from './RestoreForm';

/** First run: no identity on this laptop yet. Create one, or restore one from a backup. */
export function FirstRun() {
  const t = useMessages(identityMessages);
  return (
    <section className="screen gate id-first-run" aria-labelledby="id-first-title">
      <h2 id="id-first-title">{t('firstRun.title')}</h2>
      <p className="muted">{t('firstRun.explain')}</p>
      <CreateIdentityForm />
      <ForgottenPassphrase />
      <RestoreForm />
    </section>
  );
}
