import { useState } from 'react';
import type { Group as OfficeGroup } from '../../../shared/domain/group';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { selectIsBusy, selectOverview, useOfficeStore } from '../../state/office-store';
import { CommitteeForm } from './CommitteeForm';
import { GroupEditor } from './GroupEditor';
import { defaultGroupName, nextFreeId } from './panel-rules';
import { panelMessages } from './panel-messages';

/** 专业组与委员会: the committee, the groups, and the editor of one group. */
export function GroupsTab() {
  const t = useMessages(panelMessages);
  const overview = useOfficeStore(selectOverview);
  const busy = useOfficeStore(selectIsBusy);
  const [editing, setEditing] = useState<{ group: OfficeGroup; isNew: boolean } | null>(null);
  if (!overview) return null;
  const { experts, groups, committee } = overview.record;
  const nameOf = (id: string | undefined) =>
    id === undefined ? t('groups.noLeader') : (experts.find((e) => e.id === id)?.name ?? id);

  if (experts.length === 0) return <p className="notice">{t('groups.needExperts')}</p>;
  const startNew = () =>
    setEditing({
      isNew: true,
      group: {
        id: nextFreeId(
          'g',
          groups.map((g) => g.id),
        ),
        name: defaultGroupName(groups.length + 1),
        memberIds: [],
      },
    });

  return (
    <>
      <CommitteeForm key={JSON.stringify(committee)} committee={committee} experts={experts} />
      <section className="panel-card" aria-labelledby="groups-title">
        <div className="panel-card-head">
          <h3 id="groups-title">{t('groups.title')}</h3>
          <button type="button" onClick={startNew} disabled={editing !== null || busy}>
            {t('groups.new')}
          </button>
        </div>
        {groups.length === 0 ? (
          <p className="muted">{t('groups.none')}</p>
        ) : (
          <DataTable
            className="panel-table"
            testId="groups-table"
            columns={[
              { header: t('groups.name') },
              { header: t('groups.leader') },
              { header: t('groups.members') },
              { label: t('groups.edit') },
            ]}
          >
            {groups.map((group) => (
              <tr key={group.id}>
                <td className="nowrap">{group.name}</td>
                <td className="nowrap">
                  {group.leaderId === undefined ? (
                    <span className="badge badge-warning">{t('groups.noLeader')}</span>
                  ) : (
                    nameOf(group.leaderId)
                  )}
                </td>
                <td>
                  {group.memberIds.map((id) => nameOf(id)).join('、')}{' '}
                  <span className="muted small">
                    {t('groups.memberCount', { count: group.memberIds.length })}
                  </span>
                </td>
                <td className="numeric">
                  <button
                    type="button"
                    className="link"
                    disabled={editing !== null}
                    onClick={() => setEditing({ group, isNew: false })}
                  >
                    {t('groups.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {editing && (
        <GroupEditor
          key={editing.group.id}
          group={editing.group}
          isNew={editing.isNew}
          groups={groups}
          experts={experts}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
