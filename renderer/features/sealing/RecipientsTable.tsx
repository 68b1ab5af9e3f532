import { expertRoleLabels } from '../../../shared/domain/expert';
import type { OfficeCase } from '../../../shared/office/office-case';
import type { SealingRecipient } from '../../../shared/office/visibility';
import { useMessages } from '../../app/i18n/use-messages';
import { useDomainLabel } from '../panel/use-domain-label';
import { sealMessages } from './seal-messages';

/** Who receives a package and how many applications it will hold. */
export function RecipientsTable(props: {
  readonly recipients: readonly SealingRecipient[];
  readonly case: OfficeCase;
  readonly roundApplicationIds: readonly string[];
}) {
  const t = useMessages(sealMessages);
  const label = useDomainLabel();
  const { groups, conflicts, applications } = props.case;
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id;
  const numberOf = (id: string) => applications.find((a) => a.id === id)?.applicationNo ?? id;
  const inRound = new Set(props.roundApplicationIds);

  return (
    <section aria-labelledby="recipients-title">
      <h3 id="recipients-title">{t('recipients.title', { count: props.recipients.length })}</h3>
      {props.recipients.length === 0 ? (
        <p className="notice">{t('recipients.none')}</p>
      ) : (
        <table className="data-table seal-table" data-testid="recipients-table">
          <thead>
            <tr>
              <th scope="col">{t('col.expert')}</th>
              <th scope="col">{t('col.seats')}</th>
              <th scope="col" className="numeric">
                {t('col.applications')}
              </th>
              <th scope="col">{t('col.conflicts')}</th>
            </tr>
          </thead>
          <tbody>
            {props.recipients.map((r) => {
              const avoided = conflicts
                .filter((c) => c.expertId === r.expertId && inRound.has(c.applicationId))
                .map((c) => numberOf(c.applicationId));
              return (
                <tr key={r.expertId}>
                  <td className="nowrap">
                    {r.name}（{r.expertId}）
                  </td>
                  <td>
                    {r.seats
                      .map((s) =>
                        s.groupId === undefined
                          ? label(expertRoleLabels[s.role])
                          : `${groupName(s.groupId)}${label(expertRoleLabels[s.role])}`,
                      )
                      .join('、')}
                  </td>
                  <td className="numeric">{t('count', { count: r.applicationIds.length })}</td>
                  <td className="small">{avoided.join('、')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
