import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { exportOpinionForm } from '../../state/review-actions';
import { selectReviewBusy, selectReviewError, useReviewStore } from '../../state/review-store';
import { reviewMessages } from './review-messages';

const selectExportError = selectReviewError('export');

/**
 * The warning before 导出评审意见表（Word）: a deliberate plaintext copy of one application's
 * scores and comments, to print and sign by hand, written to a folder the person chooses.
 */
export function ExportWarning(props: {
  readonly roundId: string;
  readonly applicationId: string;
  readonly applicationNo: string;
  readonly onDone: () => void;
}) {
  const t = useMessages(reviewMessages);
  const busy = useReviewStore(selectReviewBusy);
  const error = useReviewStore(selectExportError);
  return (
    <section
      className="review-conflict review-export"
      role="dialog"
      aria-labelledby="export-warning-title"
      data-testid="export-warning"
    >
      <h3 id="export-warning-title">{t('export.warningTitle', { no: props.applicationNo })}</h3>
      <p className="notice notice-warning">{t('export.warning')}</p>
      {error && <ErrorNotice error={error} />}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          data-testid="export-confirm"
          onClick={() =>
            void exportOpinionForm(props.roundId, props.applicationId).then((ok) => {
              if (ok) props.onDone();
            })
          }
        >
          {busy === 'export' ? t('export.exporting') : t('export.confirm')}
        </button>
        <button type="button" disabled={busy !== null} onClick={props.onDone}>
          {t('export.cancel')}
        </button>
      </div>
    </section>
  );
}
