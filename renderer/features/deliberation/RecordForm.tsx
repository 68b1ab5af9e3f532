import { Fragment, useId, useState } from 'react';
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
import type { BilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { OptionSelect } from '../../components/OptionSelect';
import type { SelectOption } from '../../components/OptionSelect';
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

/**
 * One field of a record's form, as data: a choice from a list, a text, a figure typed (a score
 * or a count, full-width digits read later), a figure shown, a line of explanation, or a block of
 * its own (the ballot's table of votes). Every kind's form is a list of these and its foot.
 */
type FieldSpec =
  | (Labelled & {
      readonly type: 'choice';
      readonly bound: Bound;
      readonly options: readonly SelectOption[];
      /** The empty first choice, when nothing is chosen at first. */
      readonly emptyLabel: string | undefined;
    })
  | (Labelled & { readonly type: 'text'; readonly bound: Bound; readonly rows: number })
  | (Labelled & {
      readonly type: 'figure';
      readonly bound: Bound;
      /** A score (decimal, to the half point) or a count of ballots (whole). */
      readonly figure: 'score' | 'count';
      /** Said after the input (the score's maximum). */
      readonly after: string | undefined;
    })
  | (Labelled & { readonly type: 'shown'; readonly value: string })
  | {
      readonly type: 'line';
      readonly className: string;
      readonly text: string;
      readonly testId: string | undefined;
    }
  | { readonly type: 'block'; readonly key: string; readonly node: ReactNode };

/** What every field with a label has: the label, and the test id of its control. */
interface Labelled {
  readonly label: string;
  readonly testId: string;
}

/** A field's value and what sets it. */
type Bound = readonly [value: string, set: (value: string) => void];

const FIGURE_INPUT = {
  score: { inputMode: 'decimal', className: 'dl-score-input' },
  count: { inputMode: 'numeric', className: 'dl-count-input' },
} as const;

/** The control of a field that has a label. */
function control(spec: Exclude<FieldSpec, { type: 'line' | 'block' }>, id: string): ReactNode {
  switch (spec.type) {
    case 'choice':
      return (
        <OptionSelect
          id={id}
          value={spec.bound[0]}
          {...(spec.emptyLabel === undefined ? {} : { emptyLabel: spec.emptyLabel })}
          data-testid={spec.testId}
          options={spec.options}
          onChange={spec.bound[1]}
        />
      );
    case 'text':
      // Never kept by Chromium in its session files.
      return (
        <textarea
          id={id}
          autoComplete="off"
          rows={spec.rows}
          maxLength={20_000}
          value={spec.bound[0]}
          data-testid={spec.testId}
          onChange={(event) => spec.bound[1](event.target.value)}
        />
      );
    case 'figure': {
      const input = (
        <input
          id={id}
          inputMode={FIGURE_INPUT[spec.figure].inputMode}
          autoComplete="off"
          className={FIGURE_INPUT[spec.figure].className}
          value={spec.bound[0]}
          data-testid={spec.testId}
          onChange={(event) => spec.bound[1](event.target.value)}
        />
      );
      if (spec.after === undefined) return input;
      return (
        <span className="dl-inline">
          {input}
          <span className="muted small">{spec.after}</span>
        </span>
      );
    }
    case 'shown':
      return (
        <output className="dl-from" data-testid={spec.testId}>
          {spec.value}
        </output>
      );
  }
}

function renderField(spec: FieldSpec): ReactNode {
  switch (spec.type) {
    case 'line':
      return (
        <p key={spec.text} className={spec.className} data-testid={spec.testId}>
          {spec.text}
        </p>
      );
    case 'block':
      return <Fragment key={spec.key}>{spec.node}</Fragment>;
    default:
      return (
        <Field key={spec.testId} label={spec.label}>
          {(id) => control(spec, id)}
        </Field>
      );
  }
}

/** A kind's form: its fields in order, then what is wrong (once tried) and 保存记录. */
function RecordFields(props: {
  readonly ctx: FormContext;
  readonly fields: readonly FieldSpec[];
  readonly result: FormResult;
  readonly onSaved: () => void;
}) {
  return (
    <div className="dl-form-grid">
      {props.fields.map(renderField)}
      <Submit ctx={props.ctx} result={props.result} onSaved={props.onSaved} />
    </div>
  );
}

/** The form's foot: what is wrong (once tried), and 保存记录. */
function Submit(props: {
  readonly ctx: FormContext;
  readonly result: FormResult;
  readonly onSaved: () => void;
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
        data-testid="record-save"
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

const choiceField = (
  label: string,
  testId: string,
  bound: Bound,
  options: readonly SelectOption[],
  emptyLabel?: string,
): FieldSpec => ({ type: 'choice', label, testId, bound, options, emptyLabel });

const textField = (label: string, testId: string, bound: Bound, rows = 3): FieldSpec => ({
  type: 'text',
  label,
  testId,
  bound,
  rows,
});

const figureField = (
  label: string,
  testId: string,
  bound: Bound,
  figure: 'score' | 'count',
  after?: string,
): FieldSpec => ({ type: 'figure', label, testId, bound, figure, after });

const lineField = (className: string, text: string, testId?: string): FieldSpec => ({
  type: 'line',
  className,
  text,
  testId,
});

interface FormProps {
  readonly ctx: FormContext;
  readonly onSaved: () => void;
}

/** The members' names as choices. */
const expertChoices = (ctx: FormContext, ids: readonly string[]): SelectOption[] =>
  ids.map((id) => ({ value: id, label: ctx.nameOf(id) }));

/** The proposals a group may decide in this round, as choices. */
const decisionChoices = (ctx: FormContext, label: (l: BilingualLabel) => string): SelectOption[] =>
  decisionsOfRound[ctx.roundKind].map((d) => ({ value: d, label: label(groupDecisionLabels[d]) }));

function ScoreChangeForm({ ctx, onSaved }: FormProps) {
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
  const experts = expertChoices(
    ctx,
    ctx.rows.map((r) => r.expertId),
  );
  const parts = rubricParts(ctx.rubric).map(({ part }) => ({
    value: part.id,
    label: `${partLabelOf(ctx.rubric, part.id)} ${part.text}`,
  }));
  const codes = Object.keys(scoreChangeReasonLabels) as (keyof typeof scoreChangeReasonLabels)[];
  const reasons = codes.map((code) => ({
    value: code,
    label: label(scoreChangeReasonLabels[code]),
  }));
  const fields: FieldSpec[] = [
    choiceField(t('form.expert'), 'change-expert', [expertId, setExpertId], experts),
    choiceField(t('form.part'), 'change-part', [partId, setPartId], parts),
    { type: 'shown', label: t('form.from'), testId: 'change-from', value: scoreFigure(from) },
    figureField(t('form.to'), 'change-to', [toText, setToText], 'score'),
    choiceField(
      t('form.reason'),
      'change-reason',
      [reason, (value) => setReason(value as ReasonChoice)],
      reasons,
      t('form.reasonChoose'),
    ),
    ...(reason === 'other'
      ? [textField(t('form.reasonOther'), 'change-other', [otherText, setOtherText], 2)]
      : []),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function DeviationForm({ ctx, onSaved }: FormProps) {
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
  const fields = [
    choiceField(t('form.scope'), 'explain-scope', [choice, setChoice], options),
    textField(t('form.text'), 'explain-text', [text, setText]),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function NoteForm({ ctx, onSaved }: FormProps) {
  const t = useMessages(deliberationMessages);
  const [text, setText] = useState('');
  const result = textRecord(text, (written) => ({
    kind: 'discussion-note',
    applicationId: ctx.merge.applicationId,
    text: written,
  }));
  const fields = [textField(t('form.note'), 'note-text', [text, setText], 4)];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function AbsenceForm({ ctx, onSaved }: FormProps) {
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
  const experts = expertChoices(ctx, candidates);
  const fields = [
    choiceField(t('form.expert'), 'absence-expert', [expertId, setExpertId], experts),
    choiceField(
      t('form.cause'),
      'absence-cause',
      [cause, (value) => setCause(value as AbsenceCause)],
      causes.map((c) => ({ value: c, label: t(`cause.${c}`) })),
    ),
    textField(t('form.absenceReason'), 'absence-reason', [reason, setReason], 2),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

/** 记名表决: a row per member who may vote, a radio per choice (未投 for one who did not). */
function OpenVotes(props: {
  readonly ctx: FormContext;
  readonly voters: readonly string[];
  readonly votes: Readonly<Record<string, VoteChoice | null>>;
  readonly onVotes: (votes: Readonly<Record<string, VoteChoice | null>>) => void;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const name = useId();
  const { votes } = props;
  return (
    <table className="data-table dl-votes dl-wide" data-testid="ballot-votes">
      <tbody>
        {props.voters.map((expertId) => (
          <tr key={expertId}>
            <th scope="row">{props.ctx.nameOf(expertId)}</th>
            {(['for', 'against', 'abstain', null] as const).map((choice) => (
              <td key={choice ?? 'none'}>
                <label className="dl-vote">
                  <input
                    type="radio"
                    name={`${name}-${expertId}`}
                    checked={(votes[expertId] ?? null) === choice}
                    data-testid={`vote-${expertId}-${choice ?? 'none'}`}
                    onChange={() => props.onVotes({ ...votes, [expertId]: choice })}
                  />
                  {choice === null ? t('form.voteNone') : label(voteChoiceLabels[choice])}
                </label>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BallotForm({ ctx, onSaved }: FormProps) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const voters = ctx.deliberation?.eligibleVoters ?? [];
  const ballotNo = (ctx.deliberation?.ballots.length ?? 0) + 1;
  const [proposal, setProposal] = useState<GroupDecision>(decisionsOfRound[ctx.roundKind][0]!);
  const [mode, setMode] = useState<'open' | 'secret'>('open');
  const [votes, setVotes] = useState<Readonly<Record<string, VoteChoice | null>>>({});
  const [counts, setCounts] = useState({ for: '', against: '', abstain: '' });
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
  const rule = t('form.ballotRule', {
    no: ballotNo,
    count: voters.length,
    quorum: fraction(ctx.rule.quorum),
    pass: fraction(ctx.rule.pass),
    source: t(ctx.rule.source === 'manifest' ? 'form.ruleOfRound' : 'form.ruleDefault'),
  });
  const modes = [
    { value: 'open', label: t('form.mode.open') },
    { value: 'secret', label: t('form.mode.secret') },
  ];
  const setModeOf = (value: string) => setMode(value === 'secret' ? 'secret' : 'open');
  const countField = (choice: 'for' | 'against' | 'abstain') =>
    figureField(
      t(`form.${choice}`),
      `count-${choice}`,
      [counts[choice], (value) => setCounts({ ...counts, [choice]: value })],
      'count',
    );
  const fields: FieldSpec[] = [
    lineField('muted small dl-wide', rule, 'ballot-rule'),
    choiceField(
      t('form.proposal'),
      'ballot-proposal',
      [proposal, (value) => setProposal(value as GroupDecision)],
      decisionChoices(ctx, label),
    ),
    choiceField(t('form.mode'), 'ballot-mode', [mode, setModeOf], modes),
    ...(mode === 'open'
      ? [
          {
            type: 'block',
            key: 'votes',
            node: <OpenVotes ctx={ctx} voters={voters} votes={votes} onVotes={setVotes} />,
          } as const,
        ]
      : [
          lineField('muted small dl-wide', t('form.secretNote')),
          ...(['for', 'against', 'abstain'] as const).map(countField),
        ]),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function DissentForm({ ctx, onSaved }: FormProps) {
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
  const experts = expertChoices(ctx, voters);
  const fields = [
    choiceField(t('form.expert'), 'dissent-expert', [expertId, setExpertId], experts),
    textField(t('form.dissentReasons'), 'dissent-reasons', [reasons, setReasons]),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function ConsensusForm({ ctx, onSaved }: FormProps) {
  const t = useMessages(deliberationMessages);
  const [scoreText, setScoreText] = useState('');
  const [opinion, setOpinion] = useState('');
  const result = consensusRecord(ctx.rubric, {
    applicationId: ctx.merge.applicationId,
    scoreText,
    opinion,
  });
  const outOf = t('form.consensusScoreOf', { max: rubricMaxTotal(ctx.rubric) });
  const fields = [
    figureField(
      t('form.consensusScore'),
      'consensus-score',
      [scoreText, setScoreText],
      'score',
      outOf,
    ),
    textField(t('form.opinion'), 'consensus-opinion', [opinion, setOpinion], 4),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function DecisionForm({ ctx, onSaved }: FormProps) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const lastPassed = ctx.deliberation?.ballots.at(-1);
  const [decision, setDecision] = useState<GroupDecision>(
    lastPassed?.outcome.outcome === 'passed'
      ? lastPassed.record.proposal
      : decisionsOfRound[ctx.roundKind][0]!,
  );
  const result: FormResult = {
    ok: true,
    record: { kind: 'decision', applicationId: ctx.merge.applicationId, decision },
  };
  const fields = [
    choiceField(
      t('form.decision'),
      'decision-choice',
      [decision, (value) => setDecision(value as GroupDecision)],
      decisionChoices(ctx, label),
    ),
  ];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

function SkipForm({ ctx, onSaved }: FormProps) {
  const t = useMessages(deliberationMessages);
  // Main decides (a member the office recused counts as marked once recorded); the form only
  // keeps a skip nobody marked from being sent.
  const marked = ctx.merge.rows.length > 0 && ctx.merge.rows.every((r) => r.noDiscussionNeeded);
  const result: FormResult = marked
    ? { ok: true, record: { kind: 'skip-discussion', applicationId: ctx.merge.applicationId } }
    : { ok: false, problem: { key: 'form.skipNotAllowed' } };
  const fields = [lineField('dl-wide', marked ? t('form.skipNote') : t('form.skipNotAllowed'))];
  return <RecordFields ctx={ctx} fields={fields} result={result} onSaved={onSaved} />;
}

const FORMS: Readonly<Record<RecordKind, (props: FormProps) => ReactNode>> = {
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
