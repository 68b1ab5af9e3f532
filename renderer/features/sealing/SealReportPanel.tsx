import type { SealReportView } from '../../../shared/ipc/office-views';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { sealMessages } from './seal-messages';
import { formatSize } from './sealing-rules';
import { SlipsAction } from './SlipsAction';

/**
 * What sealing (or a reissue) wrote: one file per person with their package sequence, the
 * office fingerprint to tell them, and, when drawn, each package's passphrase, shown this once.
 */
export function SealReportPanel(props: {
  readonly report: SealReportView;
  readonly kind: 'sealing' | 'reissue';
}) {
  const t = useMessages(sealMessages);
  const locale = useLocale();
  const { report } = props;
  const withPassphrases = report.packages.some((p) => p.passphrase !== undefined);
  const first = report.packages[0];
  const title =
    props.kind === 'reissue' && first
      ? t('report.reissued', { name: first.name, id: first.expertId, sequence: first.sequence })
      : t('report.title', { count: report.packages.length });
  return (
    <section className="seal-report" aria-labelledby="report-title" data-testid="seal-report">
      <h3 id="report-title">{title}</h3>
      <div className="seal-office">
        <span className="small muted">{t('report.office')}</span>
        <code className="panel-fingerprint" data-testid="office-fingerprint">
          {report.officeFingerprint}
        </code>
        <strong className="panel-verify">{t('report.tell')}</strong>
      </div>
      {withPassphrases && (
        <div className="notice notice-error seal-once" role="note" data-testid="passphrase-once">
          <strong>{t('report.once')}</strong>
          <span>{t('report.onceDetail')}</span>
        </div>
      )}
      <p className="small muted">
        {t('report.folder', { folder: report.outputFolder })}{' '}
        {withPassphrases ? '' : t('report.noPassphrase')}{' '}
        {props.kind === 'reissue' ? t('report.newest') : ''}
      </p>
      <DataTable
        className="seal-table seal-report-table"
        scrollClassName="seal-report-scroll"
        testId="report-table"
        columns={[
          { header: t('col.expert') },
          { header: t('col.sequence'), className: 'numeric' },
          { header: t('col.file') },
          ...(withPassphrases ? [{ header: t('col.passphrase') }] : []),
          { header: t('col.applications'), className: 'numeric' },
          { header: t('col.materials'), className: 'numeric' },
          { header: t('col.size'), className: 'numeric' },
        ]}
      >
        {report.packages.map((p) => (
          <tr key={p.expertId} data-expert={p.expertId}>
            <td className="nowrap">
              {p.name}（{p.expertId}）
              <br />
              <code className="panel-fingerprint-small muted">{p.fingerprint}</code>
            </td>
            <td className="numeric" data-testid="package-sequence">
              {p.sequence}
            </td>
            <td className="nowrap">
              <code>{p.fileName}</code>
            </td>
            {withPassphrases && (
              <td className="nowrap">
                {p.passphrase !== undefined && (
                  <code className="seal-passphrase" data-testid="package-passphrase">
                    {p.passphrase}
                  </code>
                )}
              </td>
            )}
            <td className="numeric" data-testid="package-applications">
              {p.applications}
            </td>
            <td className="numeric">{p.materials}</td>
            <td className="numeric">{formatSize(p.size, locale)}</td>
          </tr>
        ))}
      </DataTable>
      {withPassphrases && <SlipsAction />}
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
