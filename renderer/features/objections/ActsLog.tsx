import type { FollowUpAct } from '../../../shared/office/followup/followup-acts';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { followupMessages } from './followup-messages';
import { applicationLabel, beijingTimeText } from './followup-view';

/** What an act was about: its objection, its application, or how many applications. */
function objectOf(
  record: OfficeRecord,
  act: FollowUpAct,
  count: (n: number) => string,
  files: (folder: string, n: number) => string,
): string {
  if ('objectionId' in act) return act.objectionId;
  if ('applicationId' in act) return applicationLabel(record, act.applicationId);
  if ('applicationIds' in act) return count(act.applicationIds.length);
  if (act.kind === 'calendar-year') return String(act.table.year);
  if (act.kind === 'reports-exported') return files(act.folderName, act.files.length);
  return '';
}

/** The date the act itself names (sent, received, decided…), beside the time it was recorded. */
function dateOfAct(act: FollowUpAct): string | null {
  switch (act.kind) {
    case 'consultation':
      return act.sentOn;
    case 'on-site-check':
      return act.from;
    case 'notice-published':
      return act.start;
    case 'objection-received':
      return act.receivedOn;
    case 'objection-investigated':
    case 'objection-referred':
      return act.on;
    case 'objection-re-reviewed':
      return act.decidedOn;
    case 'approval':
      return act.approvedOn;
    case 'final-list':
      return act.publishedOn;
    default:
      return null;
  }
}

/** 后续工作记录: every act in order, with who recorded it and when (Beijing time). */
export function ActsLog(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const { acts } = props.state;
  return (
    <section aria-labelledby="log-title">
      <h3 id="log-title">{t('log.title', { count: acts.length })}</h3>
      {acts.length === 0 ? (
        <p className="muted">{t('log.empty')}</p>
      ) : (
        <DataTable
          className="fu-table"
          testId="acts-log"
          columns={[
            { header: t('col.seq'), className: 'numeric' },
            { header: t('col.act') },
            { header: t('col.about') },
            { header: t('col.date') },
            { header: t('col.handler') },
            { header: t('col.at') },
          ]}
        >
          {acts.map((act) => (
            <tr key={act.seq}>
              <td className="numeric">{act.seq}</td>
              <td>{t(`act.${act.kind}`)}</td>
              <td>
                {objectOf(
                  props.record,
                  act,
                  (n) => t('log.count', { count: n }),
                  (folder, n) => t('log.reportFiles', { folder, count: n }),
                )}
              </td>
              <td className="fu-nowrap">
                {dateOfAct(act) === null ? '' : formatChineseDate(dateOfAct(act)!)}
              </td>
              <td>{act.by.handler}</td>
              <td className="fu-nowrap">{beijingTimeText(act.at)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="muted small">{t('log.export')}</p>
    </section>
  );
}
