import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { copyFingerprint, exportCard, lockIdentity } from '../../state/identity-actions';
import {
  selectCurrentIdentity,
  selectIdentityBusy,
  selectIdentityError,
  selectIdentityNotice,
  useIdentityStore,
} from '../../state/identity-store';
import { FingerprintGroups } from './FingerprintGroups';
import { identityMessages } from './identity-messages';
import { createdOn, roleKey } from './identity-text';

/** The unlocked identity's card: who, the fingerprint to read aloud, and what to do with it. */
export function CurrentIdentity() {
  const t = useMessages(identityMessages);
  const locale = useLocale();
  const current = useIdentityStore(selectCurrentIdentity);
  const busy = useIdentityStore(selectIdentityBusy);
  const error = useIdentityStore(selectIdentityError('card'));
  const notice = useIdentityStore(selectIdentityNotice);
  if (current === null) {
    return (
      <section className="id-panel" aria-labelledby="id-current-title">
        <h3 id="id-current-title">{t('current.title')}</h3>
        <p className="muted">{t('current.none')}</p>
      </section>
    );
  }
  return (
    <section className="id-panel id-current" aria-labelledby="id-current-title">
      <h3 id="id-current-title">{t('current.title')}</h3>
      <p className="id-who">
        <strong data-testid="current-name">{current.name}</strong>
        <span>{t(roleKey(current.role))}</span>
      </p>
      <dl className="id-facts">
        <dt>{t('current.organisation')}</dt>
        <dd>{current.organisation}</dd>
        {current.region !== undefined && (
          <>
            <dt>{t('current.region')}</dt>
            <dd>{current.region}</dd>
          </>
        )}
        <dt>{t('current.created')}</dt>
        <dd>{createdOn(locale, current.createdAt)}</dd>
      </dl>
      <div className="id-fingerprint-row">
        <span className="id-fingerprint-label">{t('current.fingerprint')}</span>
        <FingerprintGroups fingerprint={current.fingerprint} large testId="current-fingerprint" />
        <button type="button" disabled={busy !== null} onClick={() => void copyFingerprint()}>
          {t('current.copy')}
        </button>
      </div>
      <p className="muted id-read-aloud">{t('current.readAloud')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => void exportCard()}
        >
          {t('current.export')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void lockIdentity()}>
          {t('current.lock')}
        </button>
      </div>
      {notice?.kind === 'copied' && (
        <p className="notice id-done" role="status">
          {t('current.copied', { fingerprint: notice.fingerprint })}
        </p>
      )}
      {notice?.kind === 'restored' && (
        <p className="notice id-done" role="status">
          {t(notice.outcome === 'added' ? 'restore.added' : 'restore.replaced', {
            name: notice.name,
          })}
        </p>
      )}
      {notice?.kind === 'card-saved' && (
        <p className="notice id-done" role="status">
          {t('current.exported', { fileName: notice.fileName })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
