import { expertRoleLabels } from '../../../shared/domain/expert';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { selectOverview, useOfficeStore } from '../../state/office-store';
import { panelMessages } from './panel-messages';

/** The registered experts with their card's fingerprint and where they sit. */
export function ExpertsTable() {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const overview = useOfficeStore(selectOverview);
  if (!overview) return null;
  const { experts, groups, committee } = overview.record;
  // Where the expert sits now, which may differ from the role they were registered with.
  const seatsOf = (id: string) =>
    [
      committee.chairId === id ? label(expertRoleLabels.chair) : null,
      committee.viceChairId === id ? label(expertRoleLabels['vice-chair']) : null,
      ...groups.map((g) =>
        g.leaderId === id
          ? `${g.name}${label(expertRoleLabels.leader)}`
          : g.memberIds.includes(id)
            ? `${g.name}${label(expertRoleLabels.member)}`
            : null,
      ),
    ]
      .filter((seat) => seat !== null)
      .join('、');

  return (
    <>
      <h3>{t('experts.title', { count: experts.length })}</h3>
      {experts.length === 0 ? (
        <p className="muted">{t('experts.none')}</p>
      ) : (
        <DataTable
          className="panel-table"
          scrollClassName="panel-table-wrap"
          testId="experts-table"
          columns={[
            { header: t('col.id') },
            { header: t('col.name') },
            { header: t('col.organisation') },
            { header: t('col.region') },
            { header: t('col.role') },
            { header: t('col.expertise') },
            { header: t('col.fingerprint') },
            { header: t('col.group') },
          ]}
        >
          {experts.map((expert) => (
            <tr key={expert.id}>
              <td className="nowrap">{expert.id}</td>
              <td className="nowrap">{expert.name}</td>
              <td>{expert.organisation}</td>
              <td className="nowrap">{expert.region}</td>
              <td className="nowrap">{label(expertRoleLabels[expert.role])}</td>
              <td className="small">
                {[expert.fields.join('、'), expert.industries.join('、')]
                  .filter((s) => s !== '')
                  .join(' / ')}
              </td>
              <td className="nowrap">
                {expert.keyFingerprint ? (
                  <code className="panel-fingerprint-small">{expert.keyFingerprint}</code>
                ) : (
                  <span className="badge badge-warning">{t('experts.noCard')}</span>
                )}
              </td>
              <td>{seatsOf(expert.id)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
