import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { backupIdentity } from '../../state/identity-actions';
import {
  selectIdentityBusy,
  selectIdentityError,
  selectIdentityNotice,
  selectIdentityOverview,
  useIdentityStore,
} from '../../state/identity-store';
import { FingerprintGroups } from './FingerprintGroups';
import { identityMessages } from './identity-messages';
import { roleKey } from './identity-text';

/** Every identity on this laptop: switch to one, back one up. */
export function IdentityList(props: {
  readonly onUnlock: (fingerprint: string) => void;
  readonly highlightBackup: boolean;
}) {
  const t = useMessages(identityMessages);
  const overview = useIdentityStore(selectIdentityOverview);
  const busy = useIdentityStore(selectIdentityBusy);
  const error = useIdentityStore(selectIdentityError('backup'));
  const notice = useIdentityStore(selectIdentityNotice);
  if (overview === null) return null;
  const current = overview.current?.fingerprint ?? null;
  return (
    <section className="id-panel" aria-labelledby="id-list-title">
      <h3 id="id-list-title">{t('list.title')}</h3>
      <DataTable
        className="id-table"
        label={t('list.title')}
        testId="identity-list"
        columns={[
          { header: t('list.name') },
          { header: t('list.organisation') },
          { header: t('list.role') },
          { header: t('list.fingerprint') },
          { header: t('list.status') },
          { header: t('list.actions') },
        ]}
      >
        {overview.identities.map((identity) => {
          const unlocked = identity.fingerprint === current;
          return (
            <tr key={identity.fingerprint} className={unlocked ? 'id-row-current' : undefined}>
              <td>{identity.name}</td>
              <td>{identity.organisation}</td>
              <td>{t(roleKey(identity.role))}</td>
              <td>
                <FingerprintGroups fingerprint={identity.fingerprint} />
              </td>
              <td>{unlocked ? t('list.unlocked') : t('list.locked')}</td>
              <td>
                <div className="id-actions-buttons">
                  {!unlocked && (
                    <button
                      type="button"
                      disabled={busy !== null}
                      onClick={() => props.onUnlock(identity.fingerprint)}
                    >
                      {current === null ? t('list.unlock') : t('list.switch')}
                    </button>
                  )}
                  <button
                    type="button"
                    className={props.highlightBackup ? 'primary' : undefined}
                    disabled={busy !== null}
                    aria-label={`${t('list.backup')} ${identity.name}`}
                    onClick={() => void backupIdentity(identity.fingerprint)}
                  >
                    {t('list.backup')}
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </DataTable>
      {overview.unreadable > 0 && (
        <p className="notice notice-warning">
          {t('list.unreadable', { count: overview.unreadable })}
        </p>
      )}
      <p className="muted id-backup-explain" id="id-backup">
        {t('backup.explain')}
      </p>
      {notice?.kind === 'backup-saved' && (
        <p className="notice id-done" role="status">
          {t('backup.saved', { fileName: notice.fileName })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
