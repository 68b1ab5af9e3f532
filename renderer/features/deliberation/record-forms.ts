/**
 * What the 合议 screen's forms turn into: one deliberation record each (shared/merge/
 * deliberation-records.ts), or the reason it cannot be one yet, in the screen's words. Scores
 * and counts are read as the review reads them (full-width digits too); the record is then
 * parsed by the shared schema, so the screen never sends what main would refuse for its shape.
 * Main checks it against the merge again before its journal takes it.
 */
import type { Rubric } from '../../../shared/domain/rubric';
import { rubricMaxTotal, rubricParts } from '../../../shared/domain/rubric';
import type { VoteChoice } from '../../../shared/domain/deliberation';
import type {
  DeliberationRecord,
  GroupDecision,
  ScoreChangeReason,
} from '../../../shared/merge/deliberation-records';
import { DeliberationRecordSchema } from '../../../shared/merge/deliberation-records';
import { foldScoreText, parseScoreInput } from '../../../shared/review/score-input';
import type { ScoreInputProblem } from '../../../shared/review/score-input';

/** Why a form is not a record yet: a key of the screen's catalogue, with its values. */
export type FormProblem =
  | { readonly key: `score.${ScoreInputProblem}`; readonly max: number }
  | { readonly key: 'form.needsScore' }
  | { readonly key: 'form.unchanged' }
  | { readonly key: 'form.needsReason' }
  | { readonly key: 'form.needsText' }
  | { readonly key: 'form.needsPart' }
  | { readonly key: 'form.count.notANumber' }
  | { readonly key: 'form.count.tooMany'; readonly voters: number }
  | { readonly key: 'form.count.none' }
  | { readonly key: 'form.invalid' }
  | { readonly key: 'form.skipNotAllowed' };

export type FormResult =
  | { readonly ok: true; readonly record: DeliberationRecord }
  | { readonly ok: false; readonly problem: FormProblem };

function checked(record: DeliberationRecord): FormResult {
  const parsed = DeliberationRecordSchema.safeParse(record);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problem: { key: 'form.invalid' } };
}

const refuse = (problem: FormProblem): FormResult => ({ ok: false, problem });

/** A reason of the fixed list; 其他 needs its text. */
export type ReasonChoice = ScoreChangeReason['code'] | '';

function reasonOf(code: ReasonChoice, otherText: string): ScoreChangeReason | null {
  if (code === '') return null;
  if (code !== 'other') return { code };
  const text = otherText.trim();
  return text === '' ? null : { code, text };
}

/** 分值修正: a part of a member's score, from where it stands now to the typed score. */
export function scoreChangeRecord(
  rubric: Rubric,
  form: {
    readonly applicationId: string;
    readonly expertId: string;
    readonly partId: string;
    /** The part's score now: as submitted, or after the last change. */
    readonly from: number;
    readonly toText: string;
    readonly reason: ReasonChoice;
    readonly otherText: string;
  },
): FormResult {
  const part = rubricParts(rubric).find((p) => p.part.id === form.partId)?.part;
  if (part === undefined) return refuse({ key: 'form.needsPart' });
  const read = parseScoreInput(form.toText, part.maxPoints);
  if (!read.ok) return refuse({ key: `score.${read.problem}`, max: read.maxPoints });
  if (read.score === null) return refuse({ key: 'form.needsScore' });
  if (read.score === form.from) return refuse({ key: 'form.unchanged' });
  const reason = reasonOf(form.reason, form.otherText);
  if (reason === null) {
    return refuse({ key: form.reason === 'other' ? 'form.needsText' : 'form.needsReason' });
  }
  return checked({
    kind: 'score-change',
    applicationId: form.applicationId,
    expertId: form.expertId,
    partId: form.partId,
    from: form.from,
    to: read.score,
    reason,
  });
}

/** A record that is only a text (讨论记录, 偏离说明, 不同意见, 缺席理由): never empty. */
export function textRecord(text: string, make: (text: string) => DeliberationRecord): FormResult {
  const trimmed = text.trim();
  if (trimmed === '') return refuse({ key: 'form.needsText' });
  return checked(make(trimmed));
}

/** A whole count typed on a paper tally: digits only, full width too; empty is 0. */
function countOf(text: string): number | null {
  const folded = foldScoreText(text);
  if (folded === '') return 0;
  if (!/^\d{1,4}$/.test(folded)) return null;
  return Number(folded);
}

/** 无记名表决: the counts from the paper ballots, no names. */
export function secretBallotRecord(form: {
  readonly applicationId: string;
  readonly ballotNo: number;
  readonly proposal: GroupDecision;
  readonly counts: { readonly for: string; readonly against: string; readonly abstain: string };
  /** Who may vote on the application now. */
  readonly voters: number;
}): FormResult {
  const forCount = countOf(form.counts.for);
  const against = countOf(form.counts.against);
  const abstain = countOf(form.counts.abstain);
  if (forCount === null || against === null || abstain === null) {
    return refuse({ key: 'form.count.notANumber' });
  }
  const present = forCount + against + abstain;
  if (present === 0) return refuse({ key: 'form.count.none' });
  if (present > form.voters) return refuse({ key: 'form.count.tooMany', voters: form.voters });
  return checked({
    kind: 'ballot',
    applicationId: form.applicationId,
    ballotNo: form.ballotNo,
    proposal: form.proposal,
    ballot: { mode: 'secret', counts: { for: forCount, against, abstain } },
  });
}

/** 记名表决: each member's vote; a member left without one did not vote (absent). */
export function openBallotRecord(form: {
  readonly applicationId: string;
  readonly ballotNo: number;
  readonly proposal: GroupDecision;
  /** In the order of the voters; null: did not vote. */
  readonly votes: readonly { readonly expertId: string; readonly vote: VoteChoice | null }[];
}): FormResult {
  const votes = form.votes.flatMap((v) =>
    v.vote === null ? [] : [{ expertId: v.expertId, vote: v.vote }],
  );
  if (votes.length === 0) return refuse({ key: 'form.count.none' });
  return checked({
    kind: 'ballot',
    applicationId: form.applicationId,
    ballotNo: form.ballotNo,
    proposal: form.proposal,
    ballot: { mode: 'open', votes },
  });
}

/** 合议得分与合议意见: a score within the rubric's total, and the opinion written. */
export function consensusRecord(
  rubric: Rubric,
  form: { readonly applicationId: string; readonly scoreText: string; readonly opinion: string },
): FormResult {
  const read = parseScoreInput(form.scoreText, rubricMaxTotal(rubric));
  if (!read.ok) return refuse({ key: `score.${read.problem}`, max: read.maxPoints });
  if (read.score === null) return refuse({ key: 'form.needsScore' });
  const opinion = form.opinion.trim();
  if (opinion === '') return refuse({ key: 'form.needsText' });
  return checked({
    kind: 'consensus',
    applicationId: form.applicationId,
    score: read.score,
    opinion,
  });
}
