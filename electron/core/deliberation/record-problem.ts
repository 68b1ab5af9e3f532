/**
 * Why a new deliberation record does not fit, in words a leader can act on: the same checks as
 * shared/merge/deliberation-summary.ts makes (which only says which record), asked of the one
 * record against the merge and what the records before it made of it. Null when none of these
 * applies (the summary's own code then stands). Pure.
 */
import type { DeliberationRecordProblem } from '../../../shared/errors/catalogue/deliberation';
import type { RoundKind } from '../../../shared/domain/round-kind';
import { rubricMaxTotal, rubricParts } from '../../../shared/domain/rubric';
import type { Rubric } from '../../../shared/domain/rubric';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { decisionsOfRound } from '../../../shared/merge/deliberation-records';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { GroupMerge } from '../../../shared/merge/group-merge';

export interface RecordProblemFacts {
  readonly merge: GroupMerge;
  readonly rubric: Rubric;
  readonly roundKind: RoundKind;
  /** What the records before this one made of each application. */
  readonly before: readonly ApplicationDeliberation[];
}

export function recordProblem(
  facts: RecordProblemFacts,
  record: DeliberationRecord,
): DeliberationRecordProblem | null {
  const application = facts.merge.applications.find(
    (a) => a.applicationId === record.applicationId,
  );
  const before = facts.before.find((d) => d.applicationId === record.applicationId);
  if (application === undefined || before === undefined) return 'unknown-application';
  const voters = new Set(before.eligibleVoters);
  const decisions = decisionsOfRound[facts.roundKind];
  switch (record.kind) {
    case 'score-change': {
      const row = application.rows.find((r) => r.expertId === record.expertId);
      const part = rubricParts(facts.rubric).find((p) => p.part.id === record.partId)?.part;
      if (row === undefined || part === undefined) return 'score-not-scored';
      const changed = before.deliberatedScores.find((s) => s.expertId === record.expertId);
      const current = changed?.partScores[record.partId] ?? row.partScores[record.partId];
      if (current !== record.from) return 'score-from-differs';
      if (record.to > part.maxPoints) return 'score-above-maximum';
      return null;
    }
    case 'deviation-explanation':
      return application.deviations.some(
        (d) => d.expertId === record.expertId && d.scope === record.scope,
      )
        ? null
        : 'not-flagged';
    case 'absence': {
      const missing = application.missing.find((m) => m.expertId === record.expertId);
      if (record.cause === 'missing-review' && missing === undefined) return 'absence-not-missing';
      if (record.cause === 'recused-by-office' && missing?.reason !== 'no-section') {
        return 'absence-not-missing';
      }
      if (record.cause === 'dropped-out' && !voters.has(record.expertId)) return 'not-a-voter';
      return null;
    }
    case 'ballot': {
      if (record.ballotNo !== before.ballots.length + 1) return 'ballot-number';
      if (!decisions.includes(record.proposal)) return 'decision-other-round';
      if (voters.size === 0) return 'ballot-count';
      if (record.ballot.mode === 'secret') {
        const { counts } = record.ballot;
        return counts.for + counts.against + counts.abstain > voters.size ? 'ballot-count' : null;
      }
      const ids = record.ballot.votes.map((v) => v.expertId);
      const repeated = new Set(ids).size !== ids.length;
      return repeated || ids.some((id) => !voters.has(id)) ? 'not-a-voter' : null;
    }
    case 'dissent':
      return voters.has(record.expertId) ? null : 'not-a-voter';
    case 'consensus':
      return record.score > rubricMaxTotal(facts.rubric) ? 'score-above-maximum' : null;
    case 'decision':
      return decisions.includes(record.decision) ? null : 'decision-other-round';
    case 'discussion-note':
    case 'skip-discussion':
      return null;
  }
}
