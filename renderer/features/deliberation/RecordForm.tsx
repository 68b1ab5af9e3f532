import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { voteChoiceLabels } from '../../../shared/domain/deliberation';
import type { VoteChoice } from '../../../shared/domain/deliberation';
import type { DeliberationRuleView } from '../../../shared/deliberation/deliberation-views';
import type { RoundKind } from '../../../shared/domain/round-kind';
import type { Rubric } from '../../../shared/domain/rubric';
import { rubricMaxTotal, rubricParts } from '../../../shared/domain/rubric';
import type { DeliberationRecord, GroupDecision } from '../../../shared/merge/deliberation-records';
import {
  decisionsOfRound,
  groupDecisionLabels,
  scoreChangeReasonLabels,
} from '../../../shared/merge/deliberation-records';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { ApplicationMerge } from '../../../shared/merge/group-merge';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { OptionSelect } from '../../components/OptionSelect';
import { deliberationMessages } from './deliberation-messages';
import type { FormProblem, FormResult, ReasonChoice } from './record-forms';
import {
  consensusRecord,
  openBallotRecord,
  scoreChangeRecord,
  secretBallotRecord,
  textRecord,
} from './record-forms';
import type { MatrixRow } from './score-matrix-view';
import { scoreFigure } from './score-matrix-view';
import { partLabelOf } from './RecordList';

export type RecordKind = DeliberationRecord['kind'];
type AbsenceCause = Extract<DeliberationRecord, { kind: 'absence' }>['cause'];

const KINDS: readonly RecordKind[] = [
  'discussion-note',
  'score-change',
  'deviation-explanation',
  'absence',
  'ballot',
  'dissent',
  'consensus',
  'decision',
  'skip-discussion',
];

type Save = (record: DeliberationRecord) => Promise<boolean>;

interface FormContext {
  readonly rubric: Rubric;
  readonly roundKind: RoundKind;
  readonly merge: ApplicationMerge;
  readonly deliberation: ApplicationDeliberation | null;
  readonly rows: readonly MatrixRow[];
  readonly memberIds: readonly string[];
  /** The round's rule and where it came from (the package's, or the default for an older one). */
  readonly rule: DeliberationRuleView;
  readonly nameOf: (expertId: string) => string;
  readonly busy: boolean;
  readonly save: Save;
  /** The deviation chosen beside its warning (expert and scope), for 偏离说明. */
  readonly deviationPreset: string | null;
}

/** A labelled field of a form: the label above, the control, and what is wrong below it. */
function Field(props: { readonly label: string; readonly children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="dl-field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}

/** A text area of a record: never kept by Chromium in its session files. */
function TextArea(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
  readonly rows?: number;
}) {
  return (
    <textarea
      id={props.id}
      autoComplete="off"
      rows={props.rows ?? 3}
      maxLength={20_000}
      value={props.value}
      data-testid={props.testId}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** The form's foot: what is wrong (once tried), and 保存记录. */
function Submit(props: {
  readonly ctx: FormContext;
  readonly result: FormResult;
  readonly onSaved: () => void;
  readonly testId: string;
}) {
  const t = useMessages(deliberationMessages);
  const [tried, setTried] = useState(false);
  const problem: FormProblem | null = props.result.ok ? null : props.result.problem;
  return (
    <div className="dl-form-foot">
      {tried && problem !== null ? (
        <p className="dl-problem" role="alert" data-testid="record-problem">
          {t(problem.key, problem)}
        </p>
      ) : null}
      <button
        type="button"
        className="primary"
        disabled={props.ctx.busy}
        data-testid={props.testId}
        onClick={() => {
          setTried(true);
          if (!props.result.ok) return;
          void props.ctx.save(props.result.record).then((ok) => {
            if (ok) {
              setTried(false);
              props.onSaved();
            }
          });
        }}
      >
        {props.ctx.busy ? t('records.saving') : t('records.save')}
      </button>
    </div>
  );
}

function ScoreChangeForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const [expertId, setExpertId] = useState(ctx.rows[0]?.expertId ?? '');
  const [partId, setPartId] = useState(rubricParts(ctx.rubric)[0]?.part.id ?? '');
  const [toText, setToText] = useState('');
  const [reason, setReason] = useState<ReasonChoice>('');
  const [otherText, setOtherText] = useState('');
  const row = ctx.rows.find((r) => r.expertId === expertId);
  const from = row?.parts[partId]?.current ?? 0;
  const result = scoreChangeRecord(ctx.rubric, {
    applicationId: ctx.merge.applicationId,
    expertId,
    partId,
    from,
    toText,
    reason,
    otherText,
  });
  return (
    <div className="dl-form-grid">
      <Field label={t('form.expert')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={expertId}
            data-testid="change-expert"
            options={ctx.rows.map((r) => ({ value: r.expertId, label: ctx.nameOf(r.expertId) }))}
            onChange={setExpertId}
          />
        )}
      </Field>
      <Field label={t('form.part')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={partId}
            data-testid="change-part"
            options={rubricParts(ctx.rubric).map(({ part }) => ({
              value: part.id,
              label: `${partLabelOf(ctx.rubric, part.id)} ${part.text}`,
            }))}
            onChange={setPartId}
          />
        )}
      </Field>
      <Field label={t('form.from')}>
        {() => (
          <output className="dl-from" data-testid="change-from">
            {scoreFigure(from)}
          </output>
        )}
      </Field>
      <Field label={t('form.to')}>
        {(id) => (
          <input
            id={id}
            inputMode="decimal"
            autoComplete="off"
            className="dl-score-input"
            value={toText}
            data-testid="change-to"
            onChange={(event) => setToText(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.reason')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={reason}
            emptyLabel={t('form.reasonChoose')}
            data-testid="change-reason"
            options={(
              Object.keys(scoreChangeReasonLabels) as (keyof typeof scoreChangeReasonLabels)[]
            ).map((code) => ({ value: code, label: label(scoreChangeReasonLabels[code]) }))}
            onChange={(value) => setReason(value as ReasonChoice)}
          />
        )}
      </Field>
      {reason === 'other' ? (
        <Field label={t('form.reasonOther')}>
          {(id) => (
            <TextArea
              id={id}
              value={otherText}
              onChange={setOtherText}
              testId="change-other"
              rows={2}
            />
          )}
        </Field>
      ) : null}
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function DeviationForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const options = ctx.merge.deviations.map((d) => ({
    value: `${d.expertId}\u0000${d.scope}`,
    label: `${ctx.nameOf(d.expertId)} · ${
      d.scope === 'total'
        ? t('scope.total')
        : (ctx.rubric.criteria.find((c) => c.id === d.scope)?.title ?? d.scope)
    } ${scoreFigure(d.score)}`,
  }));
  const preset = options.find((o) => o.value === ctx.deviationPreset)?.value;
  const [choice, setChoice] = useState(preset ?? options[0]?.value ?? '');
  const [text, setText] = useState('');
  const [expertId = '', scope = ''] = choice.split('\u0000');
  const result = textRecord(text, (written) => ({
    kind: 'deviation-explanation',
    applicationId: ctx.merge.applicationId,
    expertId,
    scope,
    text: written,
  }));
  if (options.length === 0) return <p className="muted">{t('deviation.none')}</p>;
  return (
    <div className="dl-form-grid">
      <Field label={t('form.scope')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={choice}
            options={options}
            data-testid="explain-scope"
            onChange={setChoice}
          />
        )}
      </Field>
      <Field label={t('form.text')}>
        {(id) => <TextArea id={id} value={text} onChange={setText} testId="explain-text" />}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function NoteForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const [text, setText] = useState('');
  const result = textRecord(text, (written) => ({
    kind: 'discussion-note',
    applicationId: ctx.merge.applicationId,
    text: written,
  }));
  return (
    <div className="dl-form-grid">
      <Field label={t('form.note')}>
        {(id) => <TextArea id={id} value={text} onChange={setText} testId="note-text" rows={4} />}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function AbsenceForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const recused = new Set(ctx.merge.recused.map((r) => r.expertId));
  const candidates = ctx.memberIds.filter((id) => !recused.has(id));
  const firstMissing = ctx.merge.missing[0]?.expertId;
  const [expertId, setExpertId] = useState(firstMissing ?? candidates[0] ?? '');
  const missing = ctx.merge.missing.find((m) => m.expertId === expertId);
  const causes: readonly AbsenceCause[] = [
    'missing-review',
    'dropped-out',
    ...(missing?.reason === 'no-section' ? (['recused-by-office'] as const) : []),
  ];
  const [cause, setCause] = useState<AbsenceCause>(missing ? 'missing-review' : 'dropped-out');
  const [reason, setReason] = useState('');
  const result = textRecord(reason, (written) => ({
    kind: 'absence',
    applicationId: ctx.merge.applicationId,
    expertId,
    cause,
    reason: written,
  }));
  return (
    <div className="dl-form-grid">
      <Field label={t('form.expert')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={expertId}
            data-testid="absence-expert"
            options={candidates.map((m) => ({ value: m, label: ctx.nameOf(m) }))}
            onChange={setExpertId}
          />
        )}
      </Field>
      <Field label={t('form.cause')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={cause}
            data-testid="absence-cause"
            options={causes.map((c) => ({ value: c, label: t(`cause.${c}`) }))}
            onChange={(value) => setCause(value as AbsenceCause)}
          />
        )}
      </Field>
      <Field label={t('form.absenceReason')}>
        {(id) => (
          <TextArea id={id} value={reason} onChange={setReason} testId="absence-reason" rows={2} />
        )}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function BallotForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const voters = ctx.deliberation?.eligibleVoters ?? [];
  const decisions = decisionsOfRound[ctx.roundKind];
  const ballotNo = (ctx.deliberation?.ballots.length ?? 0) + 1;
  const [proposal, setProposal] = useState<GroupDecision>(decisions[0]!);
  const [mode, setMode] = useState<'open' | 'secret'>('open');
  const [votes, setVotes] = useState<Readonly<Record<string, VoteChoice | null>>>({});
  const [counts, setCounts] = useState({ for: '', against: '', abstain: '' });
  const name = useId();
  const result =
    mode === 'open'
      ? openBallotRecord({
          applicationId: ctx.merge.applicationId,
          ballotNo,
          proposal,
          votes: voters.map((expertId) => ({ expertId, vote: votes[expertId] ?? null })),
        })
      : secretBallotRecord({
          applicationId: ctx.merge.applicationId,
          ballotNo,
          proposal,
          counts,
          voters: voters.length,
        });
  const fraction = (f: { numerator: number; denominator: number }) =>
    `${f.numerator}/${f.denominator}`;
  return (
    <div className="dl-form-grid">
      <p className="muted small dl-wide" data-testid="ballot-rule">
        {t('form.ballotRule', {
          no: ballotNo,
          count: voters.length,
          quorum: fraction(ctx.rule.quorum),
          pass: fraction(ctx.rule.pass),
          source: t(ctx.rule.source === 'manifest' ? 'form.ruleOfRound' : 'form.ruleDefault'),
        })}
      </p>
      <Field label={t('form.proposal')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={proposal}
            data-testid="ballot-proposal"
            options={decisions.map((d) => ({ value: d, label: label(groupDecisionLabels[d]) }))}
            onChange={(value) => setProposal(value as GroupDecision)}
          />
        )}
      </Field>
      <Field label={t('form.mode')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={mode}
            data-testid="ballot-mode"
            options={[
              { value: 'open', label: t('form.mode.open') },
              { value: 'secret', label: t('form.mode.secret') },
            ]}
            onChange={(value) => setMode(value === 'secret' ? 'secret' : 'open')}
          />
        )}
      </Field>
      {mode === 'open' ? (
        <table className="data-table dl-votes dl-wide" data-testid="ballot-votes">
          <tbody>
            {voters.map((expertId) => (
              <tr key={expertId}>
                <th scope="row">{ctx.nameOf(expertId)}</th>
                {(['for', 'against', 'abstain', null] as const).map((choice) => (
                  <td key={choice ?? 'none'}>
                    <label className="dl-vote">
                      <input
                        type="radio"
                        name={`${name}-${expertId}`}
                        checked={(votes[expertId] ?? null) === choice}
                        data-testid={`vote-${expertId}-${choice ?? 'none'}`}
                        onChange={() => setVotes({ ...votes, [expertId]: choice })}
                      />
                      {choice === null ? t('form.voteNone') : label(voteChoiceLabels[choice])}
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <p className="muted small dl-wide">{t('form.secretNote')}</p>
          {(['for', 'against', 'abstain'] as const).map((choice) => (
            <Field key={choice} label={t(`form.${choice}`)}>
              {(id) => (
                <input
                  id={id}
                  inputMode="numeric"
                  autoComplete="off"
                  className="dl-count-input"
                  value={counts[choice]}
                  data-testid={`count-${choice}`}
                  onChange={(event) => setCounts({ ...counts, [choice]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </>
      )}
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function DissentForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const voters = ctx.deliberation?.eligibleVoters ?? [];
  const [expertId, setExpertId] = useState(voters[0] ?? '');
  const [reasons, setReasons] = useState('');
  const result = textRecord(reasons, (written) => ({
    kind: 'dissent',
    applicationId: ctx.merge.applicationId,
    expertId,
    reasons: written,
  }));
  return (
    <div className="dl-form-grid">
      <Field label={t('form.expert')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={expertId}
            data-testid="dissent-expert"
            options={voters.map((m) => ({ value: m, label: ctx.nameOf(m) }))}
            onChange={setExpertId}
          />
        )}
      </Field>
      <Field label={t('form.dissentReasons')}>
        {(id) => (
          <TextArea id={id} value={reasons} onChange={setReasons} testId="dissent-reasons" />
        )}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function ConsensusForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const [scoreText, setScoreText] = useState('');
  const [opinion, setOpinion] = useState('');
  const result = consensusRecord(ctx.rubric, {
    applicationId: ctx.merge.applicationId,
    scoreText,
    opinion,
  });
  return (
    <div className="dl-form-grid">
      <Field label={t('form.consensusScore')}>
        {(id) => (
          <span className="dl-inline">
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              className="dl-score-input"
              value={scoreText}
              data-testid="consensus-score"
              onChange={(event) => setScoreText(event.target.value)}
            />
            <span className="muted small">
              {t('form.consensusScoreOf', { max: rubricMaxTotal(ctx.rubric) })}
            </span>
          </span>
        )}
      </Field>
      <Field label={t('form.opinion')}>
        {(id) => (
          <TextArea
            id={id}
            value={opinion}
            onChange={setOpinion}
            testId="consensus-opinion"
            rows={4}
          />
        )}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function DecisionForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const decisions = decisionsOfRound[ctx.roundKind];
  const lastPassed = ctx.deliberation?.ballots.at(-1);
  const [decision, setDecision] = useState<GroupDecision>(
    lastPassed?.outcome.outcome === 'passed' ? lastPassed.record.proposal : decisions[0]!,
  );
  const result: FormResult = {
    ok: true,
    record: { kind: 'decision', applicationId: ctx.merge.applicationId, decision },
  };
  return (
    <div className="dl-form-grid">
      <Field label={t('form.decision')}>
        {(id) => (
          <OptionSelect
            id={id}
            value={decision}
            data-testid="decision-choice"
            options={decisions.map((d) => ({ value: d, label: label(groupDecisionLabels[d]) }))}
            onChange={(value) => setDecision(value as GroupDecision)}
          />
        )}
      </Field>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

function SkipForm({ ctx, onSaved }: { ctx: FormContext; onSaved: () => void }) {
  const t = useMessages(deliberationMessages);
  // Main decides (a member the office recused counts as marked once recorded); the form only
  // keeps a skip nobody marked from being sent.
  const marked = ctx.merge.rows.length > 0 && ctx.merge.rows.every((r) => r.noDiscussionNeeded);
  const result: FormResult = marked
    ? { ok: true, record: { kind: 'skip-discussion', applicationId: ctx.merge.applicationId } }
    : { ok: false, problem: { key: 'form.skipNotAllowed' } };
  return (
    <div className="dl-form-grid">
      <p className="dl-wide">{marked ? t('form.skipNote') : t('form.skipNotAllowed')}</p>
      <Submit ctx={ctx} result={result} onSaved={onSaved} testId="record-save" />
    </div>
  );
}

const FORMS: Readonly<
  Record<RecordKind, (props: { ctx: FormContext; onSaved: () => void }) => ReactNode>
> = {
  'score-change': ScoreChangeForm,
  'deviation-explanation': DeviationForm,
  'discussion-note': NoteForm,
  'skip-discussion': SkipForm,
  absence: AbsenceForm,
  ballot: BallotForm,
  dissent: DissentForm,
  consensus: ConsensusForm,
  decision: DecisionForm,
};

/**
 * 新增记录: the kind of record first (讨论记录, 分值修正, 偏离说明, 缺席, 表决, 不同意见,
 * 合议得分与意见, 合议结论, 无需讨论), then its own form; each is checked as it is filled and
 * saved as one record. After a save the form starts afresh (a second ballot is numbered on).
 */
export function RecordForm(
  props: Omit<FormContext, 'save'> & {
    readonly onSave: Save;
    /** Opens the form on this kind (a deviation's 记录偏离说明). */
    readonly kind: RecordKind;
    readonly onKind: (kind: RecordKind) => void;
  },
) {
  const t = useMessages(deliberationMessages);
  const [generation, setGeneration] = useState(0);
  const { onSave, kind, onKind, ...rest } = props;
  const ctx: FormContext = { ...rest, save: onSave };
  const Form = FORMS[kind];
  return (
    <section
      className="dl-record-form"
      aria-labelledby="dl-record-form-title"
      data-testid="record-form"
    >
      <div className="dl-form-head">
        <h4 id="dl-record-form-title">{t('records.add')}</h4>
        <div className="segmented dl-kinds" role="tablist">
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={k === kind}
              className={k === kind ? 'primary' : undefined}
              data-testid={`kind-${k}`}
              onClick={() => onKind(k)}
            >
              {t(`kind.${k}`)}
            </button>
          ))}
        </div>
      </div>
      <Form
        key={`${kind}-${generation}-${props.deviationPreset ?? ''}`}
        ctx={ctx}
        onSaved={() => setGeneration((g) => g + 1)}
      />
    </section>
  );
}
