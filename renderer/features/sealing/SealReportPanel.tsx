import type { SealReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { useUiStore } from '../../state/ui-store';
import { sealMessages } from './seal-messages';
import { formatSize } from './sealing-rules';

/** What sealing wrote: one file per person, and the office fingerprint to tell them. */
export function SealReportPanel(props: {
  readonly report: SealReportView;
  readonly withPassphrase: boolean;
}) {
  const t = useMessages(sealMessages);
  const locale = useUiStore((state) => state.locale);
  const { report } = props;
  return (
    <section className="seal-report" aria-labelledby="report-title" data-testid="seal-report">
      <h3 id="report-title">{t('report.title', { count: report.packages.length })}</h3>
      <div className="seal-office">
        <span className="small muted">{t('report.office')}</span>
        <code className="panel-fingerprint" data-testid="office-fingerprint">
          {report.officeFingerprint}
        </code>
        <strong className="panel-verify">{t('report.tell')}</strong>
      </div>
      <p className="small muted">
        {t('report.folder', { folder: report.outputFolder })}
        {props.withPassphrase ? ` ${t('report.passphrase')}` : ''}
      </p>
      <table className="data-table seal-table" data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{t('col.file')}</th>
            <th scope="col">{t('col.expert')}</th>
            <th scope="col">{t('col.fingerprint')}</th>
            <th scope="col" className="numeric">
              {t('col.applications')}
            </th>
            <th scope="col" className="numeric">
              {t('col.materials')}
            </th>
            <th scope="col" className="numeric">
              {t('col.size')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.packages.map((p) => (
            <tr key={p.expertId} data-expert={p.expertId}>
              <td className="nowrap">
                <code>{p.fileName}</code>
              </td>
              <td className="nowrap">
                {p.name}（{p.expertId}）
              </td>
              <td className="nowrap">
                <code className="panel-fingerprint-small">{p.fingerprint}</code>
              </td>
              <td className="numeric" data-testid="package-applications">
                {p.applications}
              </td>
              <td className="numeric">{p.materials}</td>
              <td className="numeric">{formatSize(p.size, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.warnings.length > 0 && (
        <div className="notice notice-warning">
          <strong>{t('report.warnings')}</strong>
          <ul className="problem-list">
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
