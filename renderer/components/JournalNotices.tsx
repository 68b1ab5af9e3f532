import { tornTailWords } from '../../shared/journal';
import { useBilingualLabel } from '../app/i18n/use-bilingual-label';
import {
  clearJournalError,
  dismissJournalNotice,
  dismissTornTail,
  exportJournalBackup,
  restoreJournalBackup,
} from '../state/journal-actions';
import {
  selectJournalBusy,
  selectJournalError,
  selectJournalNotice,
  selectJournalStatus,
  selectTornTail,
  useJournalStore,
} from '../state/journal-store';
import { ErrorNotice } from './ErrorNotice';
import { JOURNAL_PANEL_WORDS, journalNoticeWords } from './journal-notice-words';

const selectBackupError = selectJournalError('backup');
const selectRestoreError = selectJournalError('restore');
const selectLoadError = selectJournalError('load');

/**
 * The journal's own news beside the desk: an unfinished write cut away on opening (told until
 * the person puts it away; nothing saved was lost), and the encrypted backup to a folder of
 * their choice and its restore, with what each did or why it was refused.
 */
export function JournalNotices() {
  const label = useBilingualLabel();
  const status = useJournalStore(selectJournalStatus);
  const tornTail = useJournalStore(selectTornTail);
  const busy = useJournalStore(selectJournalBusy);
  const notice = useJournalStore(selectJournalNotice);
  const backupError = useJournalStore(selectBackupError);
  const restoreError = useJournalStore(selectRestoreError);
  // A journal that would not open (damaged, rolled back) is mended by a restore.
  const loadError = useJournalStore(selectLoadError);
  const dismiss = { onDismiss: dismissTornTail, label: label(JOURNAL_PANEL_WORDS.dismiss) };
  return (
    <div className="journal-notices" data-testid="journal-notices">
      {tornTail ? (
        <p className="notice notice-warning" role="status" data-testid="journal-torn-tail">
          {label(tornTailWords(tornTail))}{' '}
          <button type="button" className="link" onClick={dismiss.onDismiss}>
            {dismiss.label}
          </button>
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" data-testid="journal-notice">
          {label(journalNoticeWords(notice))}{' '}
          <button type="button" className="link" onClick={dismissJournalNotice}>
            {label(JOURNAL_PANEL_WORDS.dismiss)}
          </button>
        </p>
      ) : null}
      {backupError ? (
        <ErrorNotice
          error={backupError}
          dismiss={{
            onDismiss: () => clearJournalError('backup'),
            label: label(JOURNAL_PANEL_WORDS.dismiss),
          }}
        />
      ) : null}
      {restoreError ? (
        <ErrorNotice
          error={restoreError}
          dismiss={{
            onDismiss: () => clearJournalError('restore'),
            label: label(JOURNAL_PANEL_WORDS.dismiss),
          }}
        />
      ) : null}
      {status?.open || loadError ? (
        <div className="journal-actions">
          {status?.open ? (
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void exportJournalBackup()}
            >
              {label(
                busy === 'backup' ? JOURNAL_PANEL_WORDS.backingUp : JOURNAL_PANEL_WORDS.backup,
              )}
            </button>
          ) : null}
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void restoreJournalBackup()}
          >
            {label(
              busy === 'restore' ? JOURNAL_PANEL_WORDS.restoring : JOURNAL_PANEL_WORDS.restore,
            )}
          </button>
        </div>
      ) : null}
    </div>
  );
}
