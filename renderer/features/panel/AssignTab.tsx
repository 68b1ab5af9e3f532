import { suggestGroupForApplication } from '../../../shared/office/assignment';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { useRoundChoice } from '../../components/round-choice';
import { RoundPicker } from '../../components/RoundPicker';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, selectOverview, useOfficeStore } from '../../state/office-store';
import { panelMessages } from './panel-messages';

/** 分配: per application of the round, its group, with the suggestion and its reasons. */
export function AssignTab() {
  const t = useMessages(panelMessages);
  const overview = useOfficeStore(selectOverview);
  const busy = useOfficeStore(selectIsBusy);
  const rounds = overview?.record.rounds ?? [];
  const { round, choose } = useRoundChoice(rounds);
  if (!overview) return null;
  if (!round) return <p className="notice">{t('assign.noRound')}</p>;
  const c = overview.record;
  const roundId = round.round.id;
  const sealed = round.round.status !== 'draft';
  const groupName = (id: string) => c.groups.find((g) => g.id === id)?.name ?? id;
  const rows = round.applicationIds.flatMap((id) => {
    const application = c.applications.find((a) => a.id === id);
    if (!application) return [];
    const assigned = c.assignments.find((a) => a.roundId === roundId && a.applicationId === id);
    const suggestions = suggestGroupForApplication(application, c.groups, c.experts, c.conflicts);
    return [{ application, groupId: assigned?.groupId ?? null, suggestions }];
  });
  const assignedCount = rows.filter((r) => r.groupId !== null).length;

  const assign = (applicationId: string, groupId: string | null) =>
    changeOffice('assign', { roundId, applicationId, groupId });
  const applyAll = async () => {
    for (const row of rows) {
      const best = row.suggestions.suggested[0];
      if (row.groupId === null && best && !(await assign(row.application.id, best.groupId))) break;
    }
  };

  return (
    <>
      <div className="toolbar">
        {rounds.length > 1 && (
          <RoundPicker
            label={t('assign.round')}
            rounds={rounds}
            value={roundId}
            onChange={choose}
          />
        )}
        <strong>{round.round.name}</strong>
        <span className="muted" data-testid="assign-count">
          {t('assign.count', { done: assignedCount, total: rows.length })}
        </span>
        <span className="spacer" />
        <button
          type="button"
          disabled={sealed || busy || assignedCount === rows.length || c.groups.length === 0}
          onClick={() => void applyAll()}
        >
          {t('assign.applyAll')}
        </button>
      </div>
      {sealed && <p className="notice notice-warning">{t('assign.sealed')}</p>}
      {rows.length === 0 && <p className="notice">{t('assign.noApps')}</p>}
      {c.groups.length === 0 && <p className="notice">{t('assign.noGroups')}</p>}
      {rows.length > 0 && (
        <DataTable
          className="panel-table"
          testId="assign-table"
          columns={[
            { header: t('col.application') },
            { header: t('col.assignedGroup') },
            { header: t('col.suggestion') },
          ]}
        >
          {rows.map(({ application, groupId, suggestions }) => {
            const best = suggestions.suggested[0];
            const reasons = best
              ? best.reasons
              : suggestions.excluded.map((x) => `${groupName(x.groupId)}：${x.reasons.join('；')}`);
            return (
              <tr key={application.id}>
                <td className="panel-app-cell">
                  <span className="nowrap">{application.applicationNo}</span>{' '}
                  {application.applicantName}
                  <div className="muted small">{application.experienceTitle}</div>
                </td>
                <td className="nowrap">
                  <select
                    aria-label={`${t('col.assignedGroup')} ${application.applicationNo}`}
                    value={groupId ?? ''}
                    disabled={sealed || busy}
                    onChange={(event) => void assign(application.id, event.target.value || null)}
                  >
                    <option value="">{t('assign.unassigned')}</option>
                    {c.groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="panel-suggestion">
                  <div className="panel-suggestion-head">
                    {best ? (
                      <span>
                        {t('assign.suggest', {
                          group: groupName(best.groupId),
                          score: best.score,
                        })}
                      </span>
                    ) : (
                      <span className="badge badge-warning">{t('assign.noSuggestion')}</span>
                    )}
                    {best && best.groupId === groupId && (
                      <span className="badge badge-ok">{t('assign.applied')}</span>
                    )}
                    {best && best.groupId !== groupId && (
                      <button
                        type="button"
                        className="link"
                        disabled={sealed || busy}
                        onClick={() => void assign(application.id, best.groupId)}
                      >
                        {t('assign.apply')}
                      </button>
                    )}
                  </div>
                  {reasons.length > 0 && (
                    <div className="muted small panel-reasons" title={reasons.join('\n')}>
                      {reasons.join('；')}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
