import type { DeliberationEntryView } from '../../../shared/deliberation/deliberation-views';
import { voteChoiceLabels } from '../../../shared/domain/deliberation';
import type { Rubric } from '../../../shared/domain/rubric';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import {
  groupDecisionLabels,
  scoreChangeReasonLabels,
} from '../../../shared/merge/deliberation-records';
import type { CountedBallot } from '../../../shared/merge/deliberation-summary';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { deliberationMessages } from './deliberation-messages';
import { scoreFigure } from './score-matrix-view';

type Names = (expertId: string) => string;

/** A part's short name in the matrix's terms ("一-2"), or its id when the rubric lacks it. */
export function partLabelOf(rubric: Rubric, partId: string): string {
  for (const c of rubric.criteria) {
    const i = c.parts.findIndex((p) => p.id === partId);
    if (i >= 0) return `${c.numeral}-${i + 1}`;
  }
  return partId;
}

/** One record as a sentence (and its second line, for a reason or a count). */
function RecordLine(props: {
  readonly record: DeliberationRecord;
  readonly rubric: Rubric;
  readonly nameOf: Names;
  readonly ballot: CountedBallot | undefined;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { record, nameOf } = props;
  switch (record.kind) {
    case 'score-change':
      return (
        <>
          <p>
            {t('line.score-change', {
              expert: nameOf(record.expertId),
              part: partLabelOf(props.rubric, record.partId),
              from: scoreFigure(record.from),
              to: scoreFigure(record.to),
            })}
          </p>
          <p className="muted">
            {t('line.reason', {
              reason:
                record.reason.code === 'other'
                  ? `${label(scoreChangeReasonLabels.other)}：${record.reason.text}`
                  : label(scoreChangeReasonLabels[record.reason.code]),
            })}
          </p>
        </>
      );
    case 'deviation-explanation':
      return (
        <p>
          {nameOf(record.expertId)}（
          {record.scope === 'total'
            ? t('scope.total')
            : (props.rubric.criteria.find((c) => c.id === record.scope)?.title ?? record.scope)}
          ）：{record.text}
        </p>
      );
    case 'discussion-note':
      return <p className="dl-pre">{record.text}</p>;
    case 'skip-discussion':
      return <p>{t('line.skip')}</p>;
    case 'absence':
      return (
        <p>
          {t('line.absence', {
            expert: nameOf(record.expertId),
            cause: t(`cause.${record.cause}`),
            reason: record.reason,
          })}
        </p>
      );
    case 'ballot':
      return <BallotLine ballot={props.ballot} record={record} nameOf={nameOf} />;
    case 'dissent':
      return (
        <p className="dl-pre">
          {nameOf(record.expertId)}：{record.reasons}
        </p>
      );
    case 'consensus':
      return (
        <p className="dl-pre">
          {t('line.consensus', { score: scoreFigure(record.score), opinion: record.opinion })}
        </p>
      );
    case 'decision':
      return (
        <p>
          <strong>
            {t('line.decision', { decision: label(groupDecisionLabels[record.decision]) })}
          </strong>
        </p>
      );
  }
}

/** A ballot round: mode and proposal, the count against the rule, and whether it passed. */
export function BallotLine(props: {
  readonly record: Extract<DeliberationRecord, { kind: 'ballot' }>;
  readonly ballot: CountedBallot | undefined;
  readonly nameOf: Names;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { record, ballot } = props;
  const head = t(record.ballot.mode === 'open' ? 'line.ballotOpen' : 'line.ballotSecret', {
    no: record.ballotNo,
    proposal: label(groupDecisionLabels[record.proposal]),
  });
  const outcome = ballot?.outcome;
  return (
    <>
      <p>
        {head}
        {outcome ? (
          <span
            className={`badge dl-outcome dl-outcome-${outcome.outcome}`}
            data-testid={`ballot-outcome-${record.ballotNo}`}
          >
            {t(`outcome.${outcome.outcome}`)}
          </span>
        ) : null}
      </p>
      {outcome ? (
        <p className="muted" data-testid={`ballot-count-${record.ballotNo}`}>
          {t('ballot.count', {
            for: outcome.forCount,
            against: outcome.againstCount,
            abstain: outcome.abstainCount,
            present: outcome.present,
            requiredPresent: outcome.requiredPresent,
            requiredFor: outcome.requiredFor,
          })}
        </p>
      ) : null}
      {record.ballot.mode === 'open' ? (
        <p className="muted">
          {t('ballot.votes', {
            votes: record.ballot.votes
              .map((v) => `${props.nameOf(v.expertId)} ${label(voteChoiceLabels[v.vote])}`)
              .join('、'),
          })}
        </p>
      ) : null}
    </>
  );
}

/** 合议记录: every record of the application, in the order made, numbered as main numbers them. */
export function RecordList(props: {
  readonly entries: readonly DeliberationEntryView[];
  readonly rubric: Rubric;
  readonly nameOf: Names;
  readonly ballots: readonly CountedBallot[];
}) {
  const t = useMessages(deliberationMessages);
  if (props.entries.length === 0) {
    return <p className="muted">{t('records.none')}</p>;
  }
  return (
    <ol className="dl-records" data-testid="record-list">
      {props.entries.map((entry) => {
        const { record } = entry;
        const ballot =
          record.kind === 'ballot'
            ? props.ballots.find((b) => b.record.ballotNo === record.ballotNo)
            : undefined;
        return (
          <li key={entry.number} data-testid={`record-${entry.number}`} data-kind={record.kind}>
            <span className="dl-record-kind">
              {entry.number}. {t(`kind.${record.kind}`)}
            </span>
            <div className="dl-record-body">
              <RecordLine
                record={record}
                rubric={props.rubric}
                nameOf={props.nameOf}
                ballot={ballot}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
