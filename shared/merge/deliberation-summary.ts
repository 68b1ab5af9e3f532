/**
 * What the deliberation records make of the merge, per application: the deliberated scores
 * beside the frozen ones, every ballot round counted with shared/domain/deliberation.ts (the
 * quorum over the members not recused and not dropped out), dissents, the consensus and the
 * decision. Every record is checked against the merge first; the first that does not fit is
 * refused with its number (from 1), so nothing is merged partially. Pure and deterministic.
 */
import { canonicalJson } from '../domain/canonical-json';
import type { DeliberationOutcome, DeliberationRule } from '../domain/deliberation';
import {
  defaultDeliberationRule,
  deliberationOutcome,
  groupVoteOutcome,
} from '../domain/deliberation';
import type { RoundKind } from '../domain/round-kind';
import { rubricMaxTotal, rubricParts } from '../domain/rubric';
import type { Rubric } from '../domain/rubric';
import { AppError, isAppError } from '../errors';
import type { DeliberationRecord, GroupDecision } from './deliberation-records';
import { decisionsOfRound } from './deliberation-records';
import type { ApplicationMerge, GroupMerge } from './group-merge';

type RecordOf<K extends DeliberationRecord['kind']> = Extract<DeliberationRecord, { kind: K }>;

/** A ballot round with its count. */
export interface CountedBallot {
  readonly record: RecordOf<'ballot'>;
  readonly outcome: DeliberationOutcome;
}

export interface ApplicationDeliberation {
  readonly applicationId: string;
  /** Who may vote: the group's people less the recused and those who dropped out. */
  readonly eligibleVoters: readonly string[];
  /** Per member with changes: the part scores after deliberation and the total (frozen ones stay in the merge). */
  readonly deliberatedScores: readonly {
    readonly expertId: string;
    readonly partScores: Readonly<Record<string, number>>;
    readonly total: number;
  }[];
  readonly scoreChanges: readonly RecordOf<'score-change'>[];
  readonly explanations: readonly RecordOf<'deviation-explanation'>[];
  readonly notes: readonly RecordOf<'discussion-note'>[];
  readonly discussionSkipped: boolean;
  readonly absences: readonly RecordOf<'absence'>[];
  readonly ballots: readonly CountedBallot[];
  readonly dissents: readonly RecordOf<'dissent'>[];
  readonly consensus: { readonly score: number; readonly opinion: string } | null;
  readonly decision: GroupDecision | null;
}

export interface DeliberationInput {
  readonly merge: GroupMerge;
  readonly rubric: Rubric;
  readonly roundKind: RoundKind;
  /** The round's quorum and pass threshold (default: two thirds and two thirds). */
  readonly rule?: DeliberationRule;
  readonly records: readonly DeliberationRecord[];
}

interface Working {
  readonly merge: ApplicationMerge;
  readonly scores: Map<string, Record<string, number>>;
  readonly changed: Set<string>;
  readonly dropped: Set<string>;
  readonly result: {
    scoreChanges: RecordOf<'score-change'>[];
    explanations: RecordOf<'deviation-explanation'>[];
    notes: RecordOf<'discussion-note'>[];
    discussionSkipped: boolean;
    absences: RecordOf<'absence'>[];
    ballots: CountedBallot[];
    dissents: RecordOf<'dissent'>[];
    consensus: { score: number; opinion: string } | null;
    decision: GroupDecision | null;
  };
}

function eligible(group: GroupMerge, w: Working): string[] {
  const recused = new Set(w.merge.recused.map((r) => r.expertId));
  return group.members
    .map((m) => m.expertId)
    .filter((id) => !recused.has(id) && !w.dropped.has(id));
}

function groupShape(group: GroupMerge) {
  const leaderId = group.members.find((m) => m.role === 'leader')?.expertId;
  return {
    ...(leaderId === undefined ? {} : { leaderId }),
    memberIds: group.members.filter((m) => m.role !== 'leader').map((m) => m.expertId),
  };
}

function countBallot(
  group: GroupMerge,
  w: Working,
  record: RecordOf<'ballot'>,
  rule: DeliberationRule,
  fail: () => never,
): DeliberationOutcome {
  const voters = eligible(group, w);
  if (voters.length === 0) fail();
  if (record.ballot.mode === 'open') {
    const excluded = group.members.map((m) => m.expertId).filter((id) => !voters.includes(id));
    return groupVoteOutcome(groupShape(group), record.ballot.votes, excluded, rule);
  }
  const { counts } = record.ballot;
  const present = counts.for + counts.against + counts.abstain;
  if (present > voters.length) fail();
  // Paper ballots: only the counts are known; the count needs no names.
  const votes = [
    ...Array.from({ length: counts.for }, () => 'for' as const),
    ...Array.from({ length: counts.against }, () => 'against' as const),
    ...Array.from({ length: counts.abstain }, () => 'abstain' as const),
  ].map((vote, i) => ({ expertId: `ballot-${i + 1}`, vote }));
  return deliberationOutcome(votes, voters.length, rule);
}

function apply(
  input: DeliberationInput,
  w: Working,
  record: DeliberationRecord,
  fail: () => never,
): void {
  const { merge: group, rubric } = input;
  const rule = input.rule ?? defaultDeliberationRule;
  const applicationId = w.merge.applicationId;
  const isVoter = (expertId: string) => eligible(group, w).includes(expertId);
  switch (record.kind) {
    case 'score-change': {
      const scores = w.scores.get(record.expertId);
      const part = rubricParts(rubric).find((p) => p.part.id === record.partId)?.part;
      if (scores === undefined || part === undefined) fail();
      if (scores[record.partId] !== record.from || record.to > part.maxPoints) fail();
      scores[record.partId] = record.to;
      w.changed.add(record.expertId);
      w.result.scoreChanges.push(record);
      return;
    }
    case 'deviation-explanation': {
      const flagged = w.merge.deviations.some(
        (d) => d.expertId === record.expertId && d.scope === record.scope,
      );
      if (!flagged) fail();
      w.result.explanations.push(record);
      return;
    }
    case 'discussion-note':
      w.result.notes.push(record);
      return;
    case 'skip-discussion': {
      // Every member not recused marked it in their signed bundle; a member the office recused
      // (recorded as such) has no section to mark, and is not asked.
      const officeRecused = new Set(
        w.result.absences.filter((a) => a.cause === 'recused-by-office').map((a) => a.expertId),
      );
      const marked =
        w.merge.rows.length > 0 &&
        w.merge.rows.every((r) => r.noDiscussionNeeded) &&
        w.merge.missing.every((m) => officeRecused.has(m.expertId));
      if (!marked) throw new AppError('merge-skip-not-allowed', { applicationId });
      w.result.discussionSkipped = true;
      return;
    }
    case 'absence': {
      const missing = w.merge.missing.find((m) => m.expertId === record.expertId);
      if (record.cause === 'missing-review' && missing === undefined) fail();
      if (record.cause === 'recused-by-office') {
        if (missing?.reason !== 'no-section') fail();
        w.dropped.add(record.expertId);
      }
      if (record.cause === 'dropped-out') {
        if (!isVoter(record.expertId)) fail();
        w.dropped.add(record.expertId);
      }
      w.result.absences.push(record);
      return;
    }
    case 'ballot': {
      if (record.ballotNo !== w.result.ballots.length + 1) fail();
      if (!decisionsOfRound[input.roundKind].includes(record.proposal)) fail();
      w.result.ballots.push({ record, outcome: countBallot(group, w, record, rule, fail) });
      return;
    }
    case 'dissent':
      if (!isVoter(record.expertId)) fail();
      w.result.dissents.push(record);
      return;
    case 'consensus':
      if (record.score > rubricMaxTotal(rubric)) fail();
      w.result.consensus = { score: record.score, opinion: record.opinion };
      return;
    case 'decision': {
      if (!decisionsOfRound[input.roundKind].includes(record.decision)) fail();
      for (const m of w.merge.missing) {
        if (!w.result.absences.some((a) => a.expertId === m.expertId)) {
          throw new AppError('merge-absence-unexplained', { applicationId, expertId: m.expertId });
        }
      }
      const last = w.result.ballots.at(-1);
      if (
        last !== undefined &&
        (last.outcome.outcome !== 'passed' || last.record.proposal !== record.decision)
      ) {
        throw new AppError('merge-decision-not-voted', { applicationId });
      }
      w.result.decision = record.decision;
      return;
    }
  }
}

/**
 * Each application's deliberation, in the merge's order. Throws `merge-records-invalid` (with
 * the record's number) for a record that does not fit, or the specific code of the rule broken.
 */
export function deliberationSummary(input: DeliberationInput): ApplicationDeliberation[] {
  const working = new Map<string, Working>(
    input.merge.applications.map((merge) => [
      merge.applicationId,
      {
        merge,
        scores: new Map(merge.rows.map((r) => [r.expertId, { ...r.partScores }])),
        changed: new Set<string>(),
        dropped: new Set<string>(),
        result: {
          scoreChanges: [],
          explanations: [],
          notes: [],
          discussionSkipped: false,
          absences: [],
          ballots: [],
          dissents: [],
          consensus: null,
          decision: null,
        },
      },
    ]),
  );
  input.records.forEach((record, index) => {
    const fail = (): never => {
      throw new AppError('merge-records-invalid', { record: index + 1 });
    };
    const w = working.get(record.applicationId);
    if (w === undefined) fail();
    else {
      try {
        apply(input, w, record, fail);
      } catch (error) {
        // The vote math's own refusals (a voter twice, a voter not eligible) name the record too.
        if (isAppError(error, 'vote-repeated') || isAppError(error, 'voter-not-eligible')) fail();
        throw error;
      }
    }
  });
  return [...working.values()].map((w) => ({
    applicationId: w.merge.applicationId,
    eligibleVoters: eligible(input.merge, w),
    deliberatedScores: [...w.changed].sort().map((expertId) => {
      const partScores = w.scores.get(expertId) ?? {};
      return {
        expertId,
        partScores,
        total: Object.values(partScores).reduce((sum, v) => sum + v, 0),
      };
    }),
    ...w.result,
  }));
}

/** The canonical text of a summary, for byte-for-byte comparison. */
export function canonicalSummary(summary: readonly ApplicationDeliberation[]): string {
  return canonicalJson(summary);
}
