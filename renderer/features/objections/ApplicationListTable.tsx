import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { Checkbox } from '../../components/Checkbox';
import { DataTable } from '../../components/DataTable';
import { followupMessages } from './followup-messages';

/**
 * A list of the round's applications as the follow-up shows and publishes them: numbers and
 * names, never scores (Article 21). With `onPick`, a column to include or leave out each one (the
 * notice's list being made).
 */
export function ApplicationListTable(props: {
  readonly record: OfficeRecord;
  readonly ids: readonly string[];
  readonly testId?: string;
  readonly picked?: ReadonlySet<string>;
  readonly onPick?: (id: string, on: boolean) => void;
}) {
  const t = useMessages(followupMessages);
  const { record, picked, onPick } = props;
  return (
    <DataTable
      className="fu-table"
      {...(props.testId === undefined ? {} : { testId: props.testId })}
      columns={[
        { header: t('col.index'), className: 'numeric' },
        ...(onPick ? [{ header: t('col.include') }] : []),
        { header: t('col.no') },
        { header: t('col.applicant') },
        { header: t('col.title') },
      ]}
    >
      {props.ids.map((id, index) => {
        const a = record.applications.find((x) => x.id === id);
        return (
          <tr key={id}>
            <td className="numeric">{index + 1}</td>
            {onPick && (
              <td>
                <Checkbox
                  checked={picked?.has(id) ?? false}
                  onChange={(on) => onPick(id, on)}
                  aria-label={`${a?.applicationNo ?? id} ${t('col.include')}`}
                />
              </td>
            )}
            <td>{a?.applicationNo ?? id}</td>
            <td>{a?.applicantName}</td>
            <td>{a?.experienceTitle}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
