import { Fragment } from 'react';
import type { SealReportView } from '../../../shared/ipc/office-views';
import { nextPackageSequence } from '../../../shared/office/issued-package';
import type { OfficeRecord } from '../../../shared/office/office-record';
import type { SealingRecipient } from '../../../shared/office/visibility';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { ReissueForm } from './ReissueForm';
import { sealMessages } from './seal-messages';
import { latestIssuedSequence } from './sealing-rules';
import { seatLabel } from './seat-label';

/**
 * Who receives a package and how many applications it will hold; once the round is sealed, the
 * package each person holds and, per person, a way to issue them a new one.
 */
export function RecipientsTable(props: {
  readonly recipients: readonly SealingRecipient[];
  readonly record: OfficeRecord;
  readonly roundId: string;
  readonly roundApplicationIds: readonly string[];
  /** The round has been sealed: show what was issued and offer a reissue per person. */
  readonly sealed: boolean;
  readonly reissuing: string | null;
  readonly onReissuing: (expertId: string | null) => void;
  readonly defaultWithPassphrase: boolean;
  readonly onReissued: (report: SealReportView) => void;
}) {
  const t = useMessages(sealMessages);
  const locale = useLocale();
  const busy = useOfficeStore(selectIsBusy);
  const { groups, conflicts, applications, issuedPackages } = props.record;
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id;
  const numberOf = (id: string) => applications.find((a) => a.id === id)?.applicationNo ?? id;
  const inRound = new Set(props.roundApplicationIds);
  const columns = props.sealed ? 6 : 4;

  return (
    <section aria-labelledby="recipients-title">
      <h3 id="recipients-title">
        {t(props.sealed ? 'recipients.sealed' : 'recipients.title', {
          count: props.recipients.length,
        })}
      </h3>
      {props.recipients.length === 0 ? (
        <p className="notice">{t('recipients.none')}</p>
      ) : (
        <DataTable
          className="seal-table"
          testId="recipients-table"
          columns={[
            { header: t('col.expert') },
            { header: t('col.seats') },
            { header: t('col.applications'), className: 'numeric' },
            { header: t('col.conflicts') },
            ...(props.sealed
              ? [
                  { header: t('col.issued') },
                  { header: <span className="visually-hidden">{t('col.action')}</span> },
                ]
              : []),
          ]}
        >
          {props.recipients.map((r) => {
            const avoided = conflicts
              .filter((c) => c.expertId === r.expertId && inRound.has(c.applicationId))
              .map((c) => numberOf(c.applicationId));
            const latest = latestIssuedSequence(issuedPackages, props.roundId, r.expertId);
            const open = props.reissuing === r.expertId;
            return (
              <Fragment key={r.expertId}>
                <tr data-expert={r.expertId} className={open ? 'seal-row-open' : undefined}>
                  <td className="nowrap">
                    {r.name}（{r.expertId}）
                  </td>
                  <td>
                    {r.seats
                      .map((s) =>
                        seatLabel(
                          s.role,
                          s.groupId === undefined ? null : groupName(s.groupId),
                          locale,
                        ),
                      )
                      .join(locale === 'en' ? ', ' : '、')}
                  </td>
                  <td className="numeric">{t('count', { count: r.applicationIds.length })}</td>
                  <td className="small">{avoided.join('、')}</td>
                  {props.sealed && (
                    <td className="nowrap" data-testid="issued-sequence">
                      {latest === null ? (
                        <span className="badge badge-warning">{t('issued.none')}</span>
                      ) : (
                        t('issued.sequence', { sequence: latest })
                      )}
                    </td>
                  )}
                  {props.sealed && (
                    <td className="nowrap">
                      <button
                        type="button"
                        className="link"
                        aria-expanded={open}
                        aria-label={`${t('reissue.open')} ${r.name}（${r.expertId}）`}
                        disabled={busy}
                        onClick={() => props.onReissuing(open ? null : r.expertId)}
                      >
                        {t('reissue.open')}
                      </button>
                    </td>
                  )}
                </tr>
                {open && (
                  <tr className="seal-reissue-row">
                    <td colSpan={columns}>
                      <ReissueForm
                        roundId={props.roundId}
                        expertId={r.expertId}
                        name={r.name}
                        nextSequence={nextPackageSequence(props.record, r.expertId)}
                        defaultWithPassphrase={props.defaultWithPassphrase}
                        onCancel={() => props.onReissuing(null)}
                        onDone={props.onReissued}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
