/** 锁定 in the top bar, shown while there is something to lock (an identity or a package). */
import { useMessages } from '../../app/i18n/use-messages';
import { lockApp } from '../../state/lock-actions';
import { selectLockBusy, useLockStore } from '../../state/lock-store';
import { selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { selectCurrentIdentity, useIdentityStore } from '../../state/identity-store';
import { lockMessages } from './lock-messages';

export function LockButton() {
  const t = useMessages(lockMessages);
  const busy = useLockStore(selectLockBusy);
  const identity = useIdentityStore(selectCurrentIdentity);
  const opened = useDeskStore(selectOpenedPackage);
  if (identity === null && opened === null) return null;
  return (
    <button type="button" onClick={() => void lockApp()} disabled={busy !== null}>
      {t('lockNow')}
    </button>
  );
}
