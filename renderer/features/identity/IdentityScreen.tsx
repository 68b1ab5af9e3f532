import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Screen } from '../../components/Screen';
import {
  clearIdentityError,
  clearIdentityNotice,
  loadIdentities,
} from '../../state/identity-actions';
import {
  selectIdentityError,
  selectIdentityOverview,
  useIdentityStore,
} from '../../state/identity-store';
import { CreateIdentityForm } from './CreateIdentityForm';
import { FirstRun } from './FirstRun';
import { CurrentIdentity } from './CurrentIdentity';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { identityMessages } from './identity-messages';
import { IdentityList } from './IdentityList';
import { RestoreForm } from './RestoreForm';
import { UnlockForm } from './UnlockForm';

/**
 * 身份: the unlocked identity and its card, every identity on this laptop, backup and restore;
 * `settings` (composed in by the app: the auto-lock's idle time) under them.
 */
export function IdentityScreen(props: { readonly settings?: ReactNode }) {
  const t = useMessages(identityMessages);
  const overview = useIdentityStore(selectIdentityOverview);
  const loadError = useIdentityStore(selectIdentityError('load'));
  const [unlocking, setUnlocking] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [pointToBackup, setPointToBackup] = useState(false);
  useEffect(() => {
    void loadIdentities();
    return () => {
      for (const slot of ['create', 'unlock', 'card', 'backup', 'restore'] as const) {
        clearIdentityError(slot);
      }
      clearIdentityNotice();
    };
  }, []);
  const unlockTarget = overview?.identities.find((i) => i.fingerprint === unlocking) ?? null;
  if (overview !== null && overview.identities.length === 0) return <FirstRun />;
  const toBackup = () => {
    setPointToBackup(true);
    document.getElementById('id-backup')?.scrollIntoView({ block: 'center' });
  };
  return (
    <Screen title={t('screen.title')}>
      {loadError && <ErrorNotice error={loadError} onRetry={() => void loadIdentities()} />}
      {overview !== null && (
        <div className="id-layout">
          <div className="id-column">
            <CurrentIdentity />
            {unlockTarget && (
              <UnlockForm
                key={unlockTarget.fingerprint}
                identity={unlockTarget}
                onDone={() => setUnlocking(null)}
                onBackup={toBackup}
              />
            )}
            <IdentityList onUnlock={setUnlocking} highlightBackup={pointToBackup} />
          </div>
          <div className="id-column">
            {creating ? (
              <section className="id-panel" aria-labelledby="id-create-title">
                <h3 id="id-create-title">{t('create.title')}</h3>
                <p className="muted">{t('create.anotherExplain')}</p>
                <CreateIdentityForm
                  onCancel={() => setCreating(false)}
                  onCreated={() => setCreating(false)}
                />
              </section>
            ) : (
              <div className="toolbar">
                <button type="button" onClick={() => setCreating(true)}>
                  {t('create.another')}
                </button>
              </div>
            )}
            <RestoreForm />
            {!unlockTarget && <ForgottenPassphrase onBackup={toBackup} />}
            {props.settings}
          </div>
        </div>
      )}
    </Screen>
  );
}
