import { useState } from 'react';
import { conflictKindLabels } from '../../../shared/domain/conflict';
import type {
  AvailableDeliberation,
  DeliberationApplication,
} from '../../../shared/deliberation/deliberation-views';
import type { Rubric } from '../../../shared/domain/rubric';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import { deliberationMessages } from './deliberation-messages';
import { MemberComments } from './MemberComments';
import { RecordForm } from './RecordForm';
import type { RecordKind } from './RecordForm';
import { BallotLine, RecordList } from './RecordList';
import { ScoreMatrix } from './ScoreMatrix';
import { deviationPercent, matrixRows, scoreFigure } from './score-matrix-view';

/**
 * One application's 合议: who chairs it (a stand-in is said so), the statistics (mean, the
 * trimmed mean with the dropped scores named, spread), the matrix of frozen and changed scores,
 * the deviation warnings with their explanations, who is recused or missing, the ballots, the
 * outcome, the records in order and the form for the next one, and every member's comments.
 */
export function ApplicationDeliberationView(props: {
  readonly state: AvailableDeliberation;
  readonly rubric: Rubric;
  readonly application: DeliberationApplication;
  readonly nameOf: (expertId: string) => string;
  readonly busy: boolean;
  readonly error: ShownError | null;
  readonly onSave: (record: DeliberationRecord) => Promise<boolean>;
  readonly onDismissError: () => void;
  readonly onBack: () => void;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { state, rubric, application, nameOf } = props;
  const [kind, setKind] = useState<RecordKind>('discussion-note');
  /** The deviation a 记录偏离说明 link chose, for the explanation's form. */
  const [preset, setPreset] = useState<string | null>(null);
  const merge = state.merge.applications.find((a) => a.applicationId === application.applicationId);
  const deliberation =
    state.deliberation.find((d) => d.applicationId === application.applicationId) ?? null;
  const entries = state.records.filter((e) => e.record.applicationId === application.applicationId);
  if (merge === undefined) return null;
  const rows = matrixRows(rubric, merge, deliberation);
  const stats = merge.statistics;
  const scopeName = (scope: string) =>
    scope === 'total'
      ? t('scope.total')
      : (rubric.criteria.find((c) => c.id === scope)?.title ?? scope);
  const absences = deliberation?.absences ?? [];
  return (
    <section className="dl-application" data-testid="deliberation-application">
      <div className="dl-application-head">
        <button type="button" data-testid="deliberation-back" onClick={props.onBack}>
          {t('app.back')}
        </button>
        <h3 className="dl-application-name" title={application.experienceTitle}>
          {application.applicationNo} · {application.applicantName} · {application.experienceTitle}
        </h3>
        <span className="badge" data-testid="chair-role">
          {t(`chair.${application.chairRole}`)}
        </span>
      </div>
      {application.chairRole === 'stand-in' ? (
        <p className="notice" data-testid="stand-in-note">
          {t('chair.standInNote')}
        </p>
      ) : null}

      <div className="dl-outcome-bar" data-testid="deliberation-outcome">
        <strong>{t('outcome.title')}</strong>
        {deliberation?.discussionSkipped ? (
          <span className="badge">{t('outcome.skipped')}</span>
        ) : null}
        {deliberation?.consensus ? (
          <>
            <span>
              {t('outcome.consensus', { score: scoreFigure(deliberation.consensus.score) })}
            </span>
            <span
              className="dl-opinion"
              title={deliberation.consensus.opinion}
              data-testid="consensus-shown"
            >
              {deliberation.consensus.opinion}
            </span>
          </>
        ) : null}
        <span data-testid="decision-shown">
          {deliberation?.decision
            ? t('outcome.decision', { decision: label(groupDecisionLabels[deliberation.decision]) })
            : t('outcome.pending')}
        </span>
      </div>

      {stats === null ? (
        <p className="muted">{t('stats.noScores')}</p>
      ) : (
        <>
          <p className="dl-stats" data-testid="deliberation-stats">
            <span>{t('stats.count', { count: stats.count })}</span>
            <span>{t('stats.mean', { mean: scoreFigure(stats.mean) })}</span>
            {stats.trimmedMean.dropped === null ? null : (
              <span>
                {t('stats.trimmed', {
                  value: scoreFigure(stats.trimmedMean.value),
                  count: stats.trimmedMean.count,
                })}
              </span>
            )}
            <span data-testid="trimmed-dropped">
              {stats.trimmedMean.dropped === null
                ? t('stats.trimmedNone')
                : t('stats.trimmedDropped', {
                    highest: nameOf(stats.trimmedMean.dropped.highest),
                    high: scoreFigure(
                      merge.rows.find((r) => r.expertId === stats.trimmedMean.dropped?.highest)
                        ?.total ?? 0,
                    ),
                    lowest: nameOf(stats.trimmedMean.dropped.lowest),
                    low: scoreFigure(
                      merge.rows.find((r) => r.expertId === stats.trimmedMean.dropped?.lowest)
                        ?.total ?? 0,
                    ),
                  })}
            </span>
            <span>
              {t('stats.spread', {
                spread: scoreFigure(stats.spread),
                min: scoreFigure(stats.min),
                max: scoreFigure(stats.max),
              })}
            </span>
            {stats.standardDeviation !== null ? (
              <span>{t('stats.sd', { sd: scoreFigure(stats.standardDeviation) })}</span>
            ) : null}
          </p>
          <h4 className="dl-matrix-title">{t('matrix.title')}</h4>
          <p className="muted small dl-lead">{t('matrix.lead')}</p>
          <ScoreMatrix rubric={rubric} rows={rows} statistics={stats} nameOf={nameOf} />
        </>
      )}

      <div className="dl-columns">
        <section className="dl-panel" aria-labelledby="dl-deviation-title" data-testid="deviations">
          <h4 id="dl-deviation-title">{t('deviation.title')}</h4>
          {merge.deviations.length === 0 ? (
            <p className="muted">{t('deviation.none')}</p>
          ) : (
            <ul className="dl-list">
              {merge.deviations.map((d) => {
                const percent = deviationPercent(d);
                const explained = deliberation?.explanations.filter(
                  (e) => e.expertId === d.expertId && e.scope === d.scope,
                );
                return (
                  <li
                    key={`${d.expertId}-${d.scope}`}
                    data-testid={`deviation-${d.expertId}-${d.scope}`}
                  >
                    <span className="dl-deviates-text">
                      {percent === null
                        ? t('deviation.lineZero', {
                            expert: nameOf(d.expertId),
                            scope: scopeName(d.scope),
                            score: scoreFigure(d.score),
                          })
                        : t('deviation.line', {
                            expert: nameOf(d.expertId),
                            scope: scopeName(d.scope),
                            score: scoreFigure(d.score),
                            mean: scoreFigure(d.mean),
                            percent,
                          })}
                    </span>
                    {explained?.map((e, i) => (
                      <p key={i} className="muted">
                        {t('deviation.explained', { text: e.text })}
                      </p>
                    ))}
                    {explained?.length ? null : (
                      <button
                        type="button"
                        className="link dl-explain"
                        data-testid={`explain-${d.expertId}-${d.scope}`}
                        onClick={() => {
                          setPreset(`${d.expertId}\u0000${d.scope}`);
                          setKind('deviation-explanation');
                          document
                            .getElementById('dl-record-form-title')
                            ?.scrollIntoView({ block: 'start' });
                        }}
                      >
                        {t('deviation.explain')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {merge.recused.length > 0 ? (
            <>
              <h4>{t('recused.title')}</h4>
              <ul className="dl-list" data-testid="recused">
                {merge.recused.map((r) => (
                  <li key={r.expertId}>
                    {t(`recused.${r.reason}`, {
                      expert: nameOf(r.expertId),
                      kind: r.conflictKind ? label(conflictKindLabels[r.conflictKind]) : '',
                      reason: r.conflictReason ?? '',
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {merge.missing.length > 0 ? (
            <>
              <h4>{t('missing.title')}</h4>
              <ul className="dl-list" data-testid="missing">
                {merge.missing.map((m) => {
                  const absence = absences.find((a) => a.expertId === m.expertId);
                  return (
                    <li key={m.expertId} data-testid={`missing-${m.expertId}`}>
                      {t(`missing.${m.reason}`, { expert: nameOf(m.expertId) })}
                      {absence ? (
                        <p className="muted">
                          {t('missing.explained', {
                            cause: t(`cause.${absence.cause}`),
                            reason: absence.reason,
                          })}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </section>
        <section className="dl-panel" aria-labelledby="dl-ballots-title" data-testid="ballots">
          <h4 id="dl-ballots-title">{t('ballots.title')}</h4>
          {(deliberation?.ballots.length ?? 0) === 0 ? (
            <p className="muted">{t('ballots.none')}</p>
          ) : (
            <ul className="dl-list">
              {deliberation?.ballots.map((b) => (
                <li key={b.record.ballotNo} data-testid={`ballot-${b.record.ballotNo}`}>
                  <BallotLine record={b.record} ballot={b} nameOf={nameOf} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="dl-panel" aria-labelledby="dl-records-title">
        <h4 id="dl-records-title">{t('records.title')}</h4>
        <RecordList
          entries={entries}
          rubric={rubric}
          nameOf={nameOf}
          ballots={deliberation?.ballots ?? []}
        />
      </section>

      {props.error ? (
        <ErrorNotice
          error={props.error}
          testId="record-refused"
          dismiss={{ onDismiss: props.onDismissError, label: t('records.dismiss'), symbol: '×' }}
        />
      ) : null}
      <RecordForm
        rubric={rubric}
        roundKind={state.round.kind}
        merge={merge}
        deliberation={deliberation}
        rows={rows}
        memberIds={state.members.map((m) => m.expertId)}
        rule={state.rule}
        nameOf={nameOf}
        busy={props.busy}
        onSave={props.onSave}
        kind={kind}
        onKind={(next) => {
          // Another kind of record: the refusal of the last one is put away.
          props.onDismissError();
          setKind(next);
        }}
        deviationPreset={preset}
      />

      <MemberComments
        rubric={rubric}
        roundKind={state.round.kind}
        rows={merge.rows}
        nameOf={nameOf}
      />
    </section>
  );
}
