import type {
  AvailableCommitteeDesk,
  ImportedGroupOutcome,
} from '../../../shared/committee-desk/committee-desk-views';
import type { Ranking } from '../../../shared/committee/committee-merge';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import { committeeMessages } from './committee-messages';
import { criterionName, numberOf, points } from './committee-words';

/**
 * 汇总 (Articles 13 and 20): the groups' bundles imported and who of each group submitted; the
 * ranking across groups, raw and normalised, with every tie's rule and why normalisation was
 * refused; each application's consensus and decision as its group left them.
 */
export function SummaryView(props: {
  readonly state: AvailableCommitteeDesk;
  readonly busy: boolean;
  readonly imported: readonly ImportedGroupOutcome[] | null;
  readonly error: ShownError | null;
  readonly onImport: () => void;
}) {
  const t = useMessages(committeeMessages);
  const { state } = props;
  const nameOf = (expertId: string) =>
    state.groups.flatMap((g) => g.members).find((m) => m.expertId === expertId)?.name || expertId;
  return (
    <div className="cm-summary" data-testid="committee-summary">
      <section className="cm-panel" aria-labelledby="cm-groups-title">
        <div className="cm-panel-head">
          <h3 id="cm-groups-title">{t('groups.title')}</h3>
          <button
            type="button"
            className="primary"
            disabled={props.busy}
            onClick={props.onImport}
            data-testid="committee-import"
          >
            {props.busy ? t('groups.importing') : t('groups.import')}
          </button>
        </div>
        <p className="muted small">{t('groups.lead')}</p>
        {props.error ? <ErrorNotice error={props.error} testId="committee-import-refused" /> : null}
        {props.imported ? (
          <p className="notice" data-testid="committee-imported">
            {t('groups.imported', {
              added: props.imported.filter((i) => i.outcome === 'added').length,
              present: props.imported.filter((i) => i.outcome === 'already-present').length,
            })}
          </p>
        ) : null}
        <div className="cm-table-wrap">
          <table className="cm-table" data-testid="committee-groups">
            <thead>
              <tr>
                <th scope="col">{t('groups.group')}</th>
                <th scope="col">{t('groups.bundle')}</th>
                <th scope="col">{t('groups.members')}</th>
              </tr>
            </thead>
            <tbody>
              {state.groups.map((g) => (
                <tr key={g.groupId} data-testid={`committee-group-${g.groupId}`}>
                  <th scope="row">{g.name}</th>
                  <td>
                    {g.bundles.length === 0 ? (
                      <span className="muted">{t('groups.none')}</span>
                    ) : (
                      g.bundles.map((b) => (
                        <div key={b.sha256}>
                          {t('groups.bundleItem', {
                            name: b.merger.name || b.merger.expertId,
                            sequence: b.sequence,
                          })}
                          {b.superseded.length > 0
                            ? t('groups.superseded', { list: b.superseded.join('、') })
                            : null}
                        </div>
                      ))
                    )}
                  </td>
                  <td>
                    {g.bundles.length === 0 ? (
                      <span className="muted">{t('apps.none')}</span>
                    ) : (
                      <ul className="cm-members">
                        {g.members.map((m) => (
                          <li key={m.expertId} className={m.submitted === null ? 'cm-missing' : ''}>
                            {m.submitted === null
                              ? t('groups.missing', { name: m.name || m.expertId })
                              : t('groups.submitted', {
                                  name: m.name || m.expertId,
                                  sequence: m.submitted,
                                })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p
          className={state.merge ? 'notice' : 'notice notice-warning'}
          data-testid="committee-readiness"
        >
          {state.merge
            ? t('groups.complete')
            : t('groups.waiting', { nos: state.waitingFor.join('、') })}
        </p>
      </section>
      {state.merge ? <RankingPanel state={state} nameOf={nameOf} /> : null}
      {state.merge ? <ApplicationsPanel state={state} nameOf={nameOf} /> : null}
    </div>
  );
}

function RankingTable(props: {
  readonly state: AvailableCommitteeDesk;
  readonly ranking: Ranking;
  readonly testId: string;
}) {
  const t = useMessages(committeeMessages);
  const { state } = props;
  const merge = state.merge!;
  const groupName = (applicationId: string) => {
    const id = merge.applications.find((a) => a.applicationId === applicationId)?.groupId;
    return state.groups.find((g) => g.groupId === id)?.name ?? id ?? '';
  };
  const applicant = (applicationId: string) =>
    state.applications.find((a) => a.applicationId === applicationId)?.applicantName ?? '';
  return (
    <>
      <div className="cm-table-wrap">
        <table className="cm-table" data-testid={props.testId}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('ranking.position')}
              </th>
              <th scope="col" className="num">
                {t('ranking.rank')}
              </th>
              <th scope="col">{t('ranking.no')}</th>
              <th scope="col">{t('ranking.applicant')}</th>
              <th scope="col">{t('ranking.group')}</th>
              <th scope="col" className="num">
                {t('ranking.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.ranking.order.map((e) => (
              <tr key={e.applicationId}>
                <td className="num">{e.position}</td>
                <td className="num">{e.rank}</td>
                <td>{e.applicationNo}</td>
                <td>{applicant(e.applicationId)}</td>
                <td>{groupName(e.applicationId)}</td>
                <td className="num">{points(e.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small" data-testid={`${props.testId}-ties`}>
        {t('ranking.ties')}
        {props.ranking.tieBreaks.length === 0
          ? t('ranking.noTies')
          : props.ranking.tieBreaks
              .map((tie) =>
                tie.rule.kind === 'criterion'
                  ? t('ranking.tieCriterion', {
                      above: numberOf(state, tie.above),
                      below: numberOf(state, tie.below),
                      criterion: criterionName(state, tie.rule.criterionId),
                    })
                  : t('ranking.tieNo', {
                      above: numberOf(state, tie.above),
                      below: numberOf(state, tie.below),
                    }),
              )
              .join('；')}
      </p>
    </>
  );
}

function RankingPanel(props: {
  readonly state: AvailableCommitteeDesk;
  readonly nameOf: (expertId: string) => string;
}) {
  const t = useMessages(committeeMessages);
  const { ranking } = props.state.merge!;
  return (
    <section className="cm-panel" aria-labelledby="cm-ranking-title">
      <h3 id="cm-ranking-title">{t('ranking.title')}</h3>
      <div className="cm-rankings">
        <div>
          <h4>{t('ranking.raw')}</h4>
          <RankingTable state={props.state} ranking={ranking.raw} testId="committee-ranking-raw" />
        </div>
        <div>
          <h4>{t('ranking.normalised')}</h4>
          {ranking.normalised.ok ? (
            <RankingTable
              state={props.state}
              ranking={ranking.normalised}
              testId="committee-ranking-normalised"
            />
          ) : (
            <p className="notice notice-warning" data-testid="committee-normalisation-refused">
              {t('ranking.refused')}
              {ranking.normalised.refusals
                .map((r) =>
                  r.reason === 'too-few-scores'
                    ? t('refusal.too-few-scores', {
                        name: props.nameOf(r.expertId),
                        count: r.count,
                        minimum: r.minimum,
                      })
                    : t('refusal.zero-spread', { name: props.nameOf(r.expertId), count: r.count }),
                )
                .join('；')}
            </p>
          )}
        </div>
      </div>
      {ranking.unscored.length > 0 ? (
        <p className="muted small">{t('ranking.unscored', { nos: ranking.unscored.join('、') })}</p>
      ) : null}
    </section>
  );
}

function ApplicationsPanel(props: {
  readonly state: AvailableCommitteeDesk;
  readonly nameOf: (expertId: string) => string;
}) {
  const t = useMessages(committeeMessages);
  const label = useBilingualLabel();
  const merge = props.state.merge!;
  return (
    <section className="cm-panel" aria-labelledby="cm-apps-title">
      <h3 id="cm-apps-title">{t('apps.title')}</h3>
      <div className="cm-table-wrap">
        <table className="cm-table" data-testid="committee-applications">
          <thead>
            <tr>
              <th scope="col">{t('ranking.no')}</th>
              <th scope="col">{t('apps.chair')}</th>
              <th scope="col" className="num">
                {t('apps.consensus')}
              </th>
              <th scope="col">{t('apps.opinion')}</th>
              <th scope="col">{t('apps.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {merge.applications.map((a) => (
              <tr key={a.applicationId}>
                <td>{a.applicationNo}</td>
                <td>{props.nameOf(a.chair.expertId)}</td>
                <td className="num">{a.consensus ? points(a.consensus.score) : t('apps.none')}</td>
                <td className="cm-opinion">{a.consensus?.opinion || t('apps.none')}</td>
                <td>
                  {a.decision ? label(groupDecisionLabels[a.decision]) : t('apps.noDecision')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
