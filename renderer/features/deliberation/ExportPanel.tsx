import { useState } from 'react';
import type {
  AvailableDeliberation,
  GroupBundleExport,
} from '../../../shared/deliberation/deliberation-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import type { GroupReportsOutcome } from '../../state/deliberation-actions';
import { deliberationMessages } from './deliberation-messages';

/**
 * 导出组评审包: which applications still lack a decision (named by 申报编号), a confirmation
 * saying what is signed and by whom, then main's save dialog; the file written is said by name.
 * Once a group bundle exists, 导出评审报告（Word）: the plaintext warning beside the button, then
 * main's folder dialog (which shows it again); the folder's name and the count of files said,
 * and 报告导出记录: every export the journal recorded, newest first (as the chair's 名单管理).
 */
export function ExportPanel(props: {
  readonly state: AvailableDeliberation;
  readonly signerName: string;
  readonly busy: boolean;
  readonly exported: GroupBundleExport | null;
  readonly error: ShownError | null;
  readonly onExport: () => Promise<boolean>;
  readonly onExportReports: () => Promise<GroupReportsOutcome | null>;
}) {
  const t = useMessages(deliberationMessages);
  const [confirming, setConfirming] = useState(false);
  const [reports, setReports] = useState<GroupReportsOutcome | null>(null);
  const [writing, setWriting] = useState(false);
  const { state } = props;
  const undecided = state.applications.filter(
    (a) => !state.deliberation.find((d) => d.applicationId === a.applicationId)?.decision,
  );
  // The one just written, else the last one main's journal remembers.
  const last = props.exported ?? state.exports.at(-1) ?? null;
  return (
    <section className="dl-export" aria-labelledby="dl-export-title" data-testid="export-panel">
      <h3 id="dl-export-title">{t('export.title')}</h3>
      <p className="muted small">{t('export.lead')}</p>
      <p
        className={undecided.length === 0 ? 'notice' : 'muted small'}
        data-testid="export-readiness"
      >
        {undecided.length === 0
          ? t('export.ready')
          : t('export.notReady', { nos: undecided.map((a) => a.applicationNo).join('、') })}
      </p>
      {props.error ? <ErrorNotice error={props.error} testId="export-refused" /> : null}
      {last ? (
        <p className="notice" data-testid="export-done">
          {t('export.done', { sequence: last.sequence, fileName: last.fileName })}
        </p>
      ) : null}
      {confirming ? (
        <div
          className="dl-confirm"
          role="dialog"
          aria-labelledby="dl-export-confirm-title"
          data-testid="export-confirm"
        >
          <h4 id="dl-export-confirm-title">{t('export.confirmTitle')}</h4>
          <p>
            {t('export.confirmBody', {
              name: props.signerName,
              count: state.applications.length,
            })}
          </p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={props.busy}
              data-testid="export-confirm-button"
              onClick={() =>
                void props.onExport().then((ok) => {
                  if (ok) setConfirming(false);
                })
              }
            >
              {props.busy ? t('export.exporting') : t('export.confirm')}
            </button>
            <button type="button" disabled={props.busy} onClick={() => setConfirming(false)}>
              {t('export.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            data-testid="export-group-bundle"
            disabled={props.busy || undecided.length > 0}
            onClick={() => setConfirming(true)}
          >
            {t('export.button')}
          </button>
        </div>
      )}
      {last ? (
        <div className="dl-reports" data-testid="reports-panel">
          <p className="muted small">{t('reports.lead')}</p>
          <p className="notice notice-warning small" role="note" data-testid="reports-warning">
            {t('reports.warning')}
          </p>
          {reports?.kind === 'refused' ? (
            <ErrorNotice error={reports.error} testId="reports-refused" />
          ) : null}
          {reports?.kind === 'written' ? (
            <p className="notice" data-testid="reports-done">
              {t('reports.done', { folder: reports.folderName, count: reports.count })}
            </p>
          ) : null}
          {reports?.kind === 'cancelled' ? (
            <p className="muted small" data-testid="reports-cancelled">
              {t('reports.cancelled')}
            </p>
          ) : null}
          <div className="toolbar">
            <button
              type="button"
              data-testid="export-reports"
              disabled={props.busy}
              onClick={() => {
                setReports(null);
                setWriting(true);
                void props
                  .onExportReports()
                  .then(setReports)
                  .finally(() => setWriting(false));
              }}
            >
              {writing ? t('reports.busy') : t('reports.button')}
            </button>
          </div>
          {state.reportExports.length > 0 ? (
            <>
              <h4>{t('reports.history')}</h4>
              <p className="muted small">{t('reports.historyLead')}</p>
              <ul className="dl-reports-history" data-testid="reports-history">
                {[...state.reportExports].reverse().map((r) => (
                  <li key={r.sequence}>
                    {t('reports.entry', {
                      sequence: r.sequence,
                      folder: r.folderName,
                      count: r.files.length,
                      bundle: r.groupBundleSequence,
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
