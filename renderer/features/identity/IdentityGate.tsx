import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { loadIdentities } from '../../state/identity-actions';
import {
  selectCurrentIdentity,
  selectIdentityError,
  selectIdentityOverview,
  useIdentityStore,
} from '../../state/identity-store';
import { FingerprintGroups } from './FingerprintGroups';
import { FirstRun } from './FirstRun';
import { identityMessages } from './identity-messages';
import { roleKey } from './identity-text';

/**
 * The panel's screens need an identity: with none on this laptop they show how to make one
 * (or restore one). Once there is one, a bar above the screen says which is unlocked.
 */
export function IdentityGate(props: { readonly children: ReactNode }) {
  const t = useMessages(identityMessages);
  const overview = useIdentityStore(selectIdentityOverview);
  const current = useIdentityStore(selectCurrentIdentity);
  const error = useIdentityStore(selectIdentityError('load'));
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    void loadIdentities().finally(() => setChecked(true));
  }, []);
  if (!checked) return null;
  if (error) return <ErrorNotice error={error} onRetry={() => void loadIdentities()} />;
  if (overview === null) return null;
  if (overview.identities.length === 0) return <FirstRun />;
  return (
    <>
      <div className="case-bar id-bar" data-testid="identity-bar">
        {current ? (
          <>
            <span>{t('bar.current', { name: current.name, role: t(roleKey(current.role)) })}</span>
            <span className="muted">
              {t('bar.fingerprint')} <FingerprintGroups fingerprint={current.fingerprint} />
            </span>
          </>
        ) : (
          <span>{t('bar.locked')}</span>
        )}
      </div>
      {props.children}
    </>
  );
}
