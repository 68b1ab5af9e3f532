import type { IntakeReportView, RegisterReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { intakeMessages } from './intake-messages';

/** Each archive's outcome: added or refused, and the problems found in it. */
export function ReportList(props: { readonly reports: readonly IntakeReportView[] }) {
  const t = useMessages(intakeMessages);
  return (
    <ul className="report-list" aria-label={t('results')}>
      {props.reports.map((report, index) => (
        <li
          key={`${report.sourceName}-${index}`}
          className={report.refused ? 'refused' : undefined}
        >
          <div className="report-head">
            <strong>{report.sourceName}</strong>
            <span className={report.refused ? 'badge badge-error' : 'badge badge-ok'}>
              {report.refused
                ? t('refused')
                : t('added', { added: report.added, duplicates: report.duplicates })}
            </span>
          </div>
          {report.problems.length > 0 && (
            <ul className="problem-list">
              {report.problems.map((problem, i) => (
                <li key={i}>
                  <span className="badge badge-warning">{problem.label}</span> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What the register import read, skipped, and found only on one side. */
export function RegisterReport(props: { readonly report: RegisterReportView }) {
  const t = useMessages(intakeMessages);
  const { report } = props;
  return (
    <div className="notice" data-testid="register-report">
      <p>{t('register.result', { rows: report.rows, imported: report.imported })}</p>
      {report.skipped.map((row) => (
        <p key={row.rowNumber} className="small">
          {t('register.row', { row: row.rowNumber })}：{row.messages.join('；')}
        </p>
      ))}
      {report.registerOnly.length > 0 && (
        <p className="small">
          {t('register.registerOnly')}：{report.registerOnly.join('、')}
        </p>
      )}
      {report.archiveOnly.length > 0 && (
        <p className="small">
          {t('register.archiveOnly')}：{report.archiveOnly.join('、')}
        </p>
      )}
      {report.nameMismatches.map((m) => (
        <p key={m.applicationNo} className="small">
          {t('register.mismatch')} {m.applicationNo}：{m.register} / {m.archive}
        </p>
      ))}
    </div>
  );
}
