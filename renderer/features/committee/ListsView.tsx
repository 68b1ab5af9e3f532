import { committeeListLabels } from '../../../shared/committee/committee-list';
import type {
  AvailableCommitteeDesk,
  CommitteeDeskSettings,
  ReportsExported,
  ResultBundleExport,
} from '../../../shared/committee-desk/committee-desk-views';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import type { CommitteeTask } from '../../state/committee-store';
import { committeeMessages } from './committee-messages';
import { cutWords, points } from './committee-words';
import { SettingsForm } from './SettingsForm';

/**
 * 入围答辩名单 (material round) or 初评名单 (defense round), Articles 19 and 20: the chair's
 * decisions, the list in its order, every application cut with its reason; then the signed
 * result bundle and the reports (a plaintext export, its warning said before the dialog).
 */
export function ListsView(props: {
  readonly state: AvailableCommitteeDesk;
  readonly busy: CommitteeTask | null;
  readonly errors: Readonly<Partial<Record<CommitteeTask, ShownError>>>;
  readonly exported: ResultBundleExport | null;
  readonly reports: ReportsExported | null;
  readonly onSave: (settings: CommitteeDeskSettings) => Promise<boolean>;
  readonly onExportResult: () => void;
  readonly onExportReports: () => void;
}) {
  const t = useMessages(committeeMessages);
  const label = useBilingualLabel();
  const { state } = props;
  const merge = state.merge;
  if (merge === null) {
    return (
      <p className="notice notice-warning" data-testid="committee-list-waiting">
        {t('list.waiting')} {t('groups.waiting', { nos: state.waitingFor.join('、') })}
      </p>
    );
  }
  const { list } = merge;
  const applicant = (id: string) =>
    state.applications.find((a) => a.applicationId === id)?.applicantName ?? '';
  const last = props.exported ?? state.exports.at(-1) ?? null;
  return (
    <div className="cm-lists" data-testid="committee-lists">
      <SettingsForm
        key={JSON.stringify(state.settings)}
        state={state}
        busy={props.busy === 'settings'}
        error={props.errors.settings ?? null}
        onSave={props.onSave}
      />
      <section className="cm-panel" aria-labelledby="cm-list-title">
        <h3 id="cm-list-title">{label(committeeListLabels[list.kind])}</h3>
        <p className="small muted" data-testid="committee-list-rule">
          {t('list.rule', {
            quota: list.quota === null ? t('list.noQuota') : list.quota,
            line: list.scoreLine === null ? t('list.noQuota') : points(list.scoreLine),
            basis: t(`settings.basis.${list.basis}`),
          })}
        </p>
        <h4>{t('list.on', { count: list.entries.length })}</h4>
        <div className="cm-table-wrap">
          <table className="cm-table" data-testid="committee-list-entries">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('ranking.position')}
                </th>
                <th scope="col">{t('ranking.no')}</th>
                <th scope="col">{t('ranking.applicant')}</th>
                <th scope="col" className="num">
                  {t('ranking.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.entries.length === 0 ? (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('list.none')}
                  </td>
                </tr>
              ) : (
                list.entries.map((e) => (
                  <tr key={e.applicationId}>
                    <td className="num">{e.position}</td>
                    <td>{e.applicationNo}</td>
                    <td>{applicant(e.applicationId)}</td>
                    <td className="num">{points(e.score)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <h4>{t('list.cut')}</h4>
        {list.cuts.length === 0 ? (
          <p className="muted">{t('list.none')}</p>
        ) : (
          <ul className="cm-cuts" data-testid="committee-list-cuts">
            {list.cuts.map((c) => (
              <li key={c.applicationId}>
                <strong>{c.applicationNo}</strong> {applicant(c.applicationId)}：
                {cutWords(t, label, state, c)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cm-panel" aria-labelledby="cm-export-title">
        <h3 id="cm-export-title">{t('export.title')}</h3>
        {props.errors.result ? (
          <ErrorNotice error={props.errors.result} testId="committee-result-refused" />
        ) : null}
        {last ? (
          <p className="notice" data-testid="committee-result-done">
            {t('export.resultDone', { sequence: last.sequence, fileName: last.fileName })}
          </p>
        ) : null}
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={props.busy !== null}
            onClick={props.onExportResult}
            data-testid="committee-export-result"
          >
            {props.busy === 'result' ? t('export.resultBusy') : t('export.result')}
          </button>
        </div>
        <p className="notice notice-warning small" data-testid="committee-reports-warning">
          {t('export.warning')}
        </p>
        {props.errors.reports ? (
          <ErrorNotice error={props.errors.reports} testId="committee-reports-refused" />
        ) : null}
        {props.reports ? (
          <p className="notice" data-testid="committee-reports-done">
            {t('export.reportsDone', {
              folder: props.reports.folderName,
              count: props.reports.files.length,
            })}
          </p>
        ) : null}
        <div className="toolbar">
          <button
            type="button"
            disabled={props.busy !== null}
            onClick={props.onExportReports}
            data-testid="committee-export-reports"
          >
            {props.busy === 'reports' ? t('export.reportsBusy') : t('export.reports')}
          </button>
        </div>
        {state.reportExports.length > 0 ? (
          <>
            <h4>{t('export.reportsHistory')}</h4>
            <p className="muted small">{t('export.reportsHistoryLead')}</p>
            <ul className="cm-cuts" data-testid="committee-reports-history">
              {[...state.reportExports].reverse().map((r) => (
                <li key={r.sequence}>
                  {t('export.reportsEntry', {
                    sequence: r.sequence,
                    folder: r.folderName,
                    count: r.files.length,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
