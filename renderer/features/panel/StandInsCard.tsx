import { useState } from 'react';
import { roundStatusLabels } from '../../../shared/domain/round';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { standInNeeds, type StandInNeed } from '../../../shared/office/stand-ins';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { OptionSelect } from '../../components/OptionSelect';
import { RoundPicker } from '../../components/RoundPicker';
import { workingRound } from '../../components/round-choice';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { applicationLabel } from './panel-rules';
import { panelMessages } from './panel-messages';

/**
 * 代行组长 (issue 10, point 4): every application whose group leader is in conflict with it,
 * with the member the office designates to read its reviews instead. The suggestion is the
 * eligible member standing in least; sealing refuses while any row is not 已指定.
 */
export function StandInsCard(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const c = props.overview.record;
  const rounds = c.rounds.filter((r) => r.round.status !== 'closed');
  const [chosen, setChosen] = useState<string | null>(null);
  const round = workingRound(rounds, chosen);
  const needs = round === null ? [] : standInNeeds(c, round.round.id);
  return (
    <section className="panel-card" aria-labelledby="stand-ins-title" data-testid="stand-ins">
      <div className="panel-card-head">
        <h3 id="stand-ins-title">{t('standIn.title', { count: needs.length })}</h3>
        {/* The explanation only where there is something to do: otherwise one line says so. */}
        {needs.length > 0 && <span className="muted small">{t('standIn.hint')}</span>}
      </div>
      {rounds.length > 1 && (
        <RoundPicker
          label={t('standIn.round')}
          rounds={rounds}
          value={round?.round.id}
          onChange={setChosen}
        />
      )}
      {round === null ? (
        <p className="muted">{t('standIn.noRound')}</p>
      ) : needs.length === 0 ? (
        <p className="muted">
          {t('standIn.none', {
            round: `${round.round.name}（${label(roundStatusLabels[round.round.status])}）`,
          })}
        </p>
      ) : (
        <DataTable
          className="panel-table"
          testId="stand-ins-table"
          columns={[
            { header: t('col.application') },
            { header: t('standIn.leader') },
            { header: t('standIn.standIn') },
            { header: t('standIn.state') },
          ]}
        >
          {needs.map((need) => (
            <StandInRow
              key={need.applicationId}
              overview={props.overview}
              roundId={round.round.id}
              need={need}
            />
          ))}
        </DataTable>
      )}
    </section>
  );
}

function StandInRow(props: {
  readonly overview: OfficeOverview;
  readonly roundId: string;
  readonly need: StandInNeed;
}) {
  const t = useMessages(panelMessages);
  const busy = useOfficeStore(selectIsBusy);
  const { need, roundId } = props;
  const { experts, applications, groups } = props.overview.record;
  const name = (id: string) => {
    const e = experts.find((x) => x.id === id);
    return e ? `${e.name}（${e.id}）` : id;
  };
  const application = applications.find((a) => a.id === need.applicationId);
  const group = groups.find((g) => g.id === need.groupId);
  const [choice, setChoice] = useState(need.suggestedId ?? '');
  const holds = need.problem === undefined;
  const options = need.eligibleIds.map((id) => ({
    value: id,
    label: id === need.suggestedId ? t('standIn.suggested', { name: name(id) }) : name(id),
  }));
  const designate = (expertId: string) =>
    void changeOffice('setStandIn', { roundId, applicationId: need.applicationId, expertId });
  return (
    <tr data-application={need.applicationId}>
      <td>
        {application ? applicationLabel(application) : need.applicationId}
        <div className="muted small">{group?.name ?? need.groupId}</div>
      </td>
      <td className="nowrap">
        {name(need.leaderId)}
        <div className="muted small">{t('standIn.leaderConflicted')}</div>
      </td>
      <td>
        {holds ? (
          <span className="nowrap">{name(need.standInId!)}</span>
        ) : need.eligibleIds.length === 0 ? (
          <span className="panel-invalid small">{t('standIn.nobody')}</span>
        ) : (
          <span className="stand-in-choice">
            <OptionSelect
              aria-label={t('standIn.choose')}
              value={choice}
              options={options}
              emptyLabel={t('add.choose')}
              onChange={setChoice}
            />
            <button
              type="button"
              className="primary"
              disabled={busy || choice === ''}
              onClick={() => designate(choice)}
            >
              {t('standIn.designate')}
            </button>
          </span>
        )}
      </td>
      <td>
        {holds ? (
          <span className="stand-in-choice">
            <span className="badge badge-ok">{t('standIn.designated')}</span>
            <button
              type="button"
              className="link danger"
              disabled={busy}
              onClick={() =>
                void changeOffice('clearStandIn', { roundId, applicationId: need.applicationId })
              }
            >
              {t('standIn.clear')}
            </button>
          </span>
        ) : (
          <span className="badge badge-warning">{t(`standIn.problem.${need.problem!}`)}</span>
        )}
      </td>
    </tr>
  );
}
