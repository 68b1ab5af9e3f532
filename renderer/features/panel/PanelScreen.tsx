import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { OfficeStatusLine } from '../../components/OfficeStatusLine';
import { Screen } from '../../components/Screen';
import { selectOverview, useOfficeStore } from '../../state/office-store';
import { AssignTab } from './AssignTab';
import { ConflictForm } from './ConflictForm';
import { RecordedConflicts, SuggestedConflicts } from './ConflictLists';
import { ExpertRegistration } from './ExpertRegistration';
import { ExpertsTable } from './ExpertsTable';
import { GroupsTab } from './GroupsTab';
import { panelMessages } from './panel-messages';
import { StandInsCard } from './StandInsCard';

const tabs = ['experts', 'groups', 'assign', 'conflicts'] as const;
type Tab = (typeof tabs)[number];

/** 专家与分组: experts from their identity cards, groups and committee, assignment, conflicts. */
export function PanelScreen() {
  const t = useMessages(panelMessages);
  const overview = useOfficeStore(selectOverview);
  const [tab, setTab] = useState<Tab>('experts');
  if (!overview) return null;
  const c = overview.record;
  const counts: Record<Tab, number | null> = {
    experts: c.experts.length,
    groups: c.groups.length,
    assign: null,
    conflicts: c.conflicts.length,
  };

  return (
    <Screen
      title={t('title')}
      header={
        <div className="segmented panel-tabs" role="tablist" aria-label={t('tabs')}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`panel-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="panel-tabpanel"
              className={tab === id ? 'active' : undefined}
              onClick={() => setTab(id)}
            >
              {t(`tab.${id}`)}
              {counts[id] !== null && <span className="panel-tab-count">{counts[id]}</span>}
            </button>
          ))}
        </div>
      }
    >
      <OfficeStatusLine />
      <div id="panel-tabpanel" role="tabpanel" aria-labelledby={`panel-tab-${tab}`}>
        {tab === 'experts' && (
          <>
            <ExpertRegistration />
            <ExpertsTable />
          </>
        )}
        {tab === 'groups' && <GroupsTab />}
        {tab === 'assign' && <AssignTab />}
        {tab === 'conflicts' && (
          <>
            <SuggestedConflicts overview={overview} />
            <ConflictForm overview={overview} />
            <StandInsCard overview={overview} />
            <RecordedConflicts overview={overview} />
          </>
        )}
      </div>
    </Screen>
  );
}
