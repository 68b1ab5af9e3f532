/**
 * 合议汇总: the group leader's merge of the members' review bundles, per application a matrix of
 * experts × criteria and parts with each total, the mean, the trimmed mean (the dropped scores
 * named), the spread and the deviation warnings of shared/scoring; who submitted (the highest
 * sequence wins, earlier ones listed as superseded), who is missing, and who is recused.
 * Deterministic: every list is sorted by ids, so the same bundles in any order give the same
 * canonical JSON (shared/domain/canonical-json.ts), byte for byte (docs/merge.md).
 */
import type { ApplicationReview, DeclaredConflict, Recommendation } from '../bundle/review-content';
import type { OverallComment } from '../bundle/review-content';
import type { ConflictKind } from '../domain/conflict';
import { AppError } from '../errors';
import { deviationWarnings } from '../scoring/deviation';
import { mean, scoreRange, standardDeviation, trimmedMean } from '../scoring/statistics';
import { totalScore } from '../scoring/total';
import type {
  ChairedApplication,
  ChairRole,
  GroupMemberFact,
  GroupMergeInput,
  MemberSubmission,
} from './merge-input';

export const GROUP_MERGE_FORMAT = 'qb-group-merge';

/** One expert's row of an application's matrix: their scores exactly as submitted. */
export interface ScoreRow {
  readonly expertId: string;
  readonly sequence: number;
  /** Part id → points, as in the bundle. */
  readonly partScores: Readonly<Record<string, number>>;
  /** Criterion id → subtotal of its parts. */
  readonly criteria: Readonly<Record<string, number>>;
  readonly total: number;
  readonly recommendation: Recommendation;
  readonly noDiscussionNeeded: boolean;
  readonly comments: Readonly<Record<string, string>>;
  readonly overall: OverallComment;
}

export interface SpreadOf {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
}

export interface ApplicationStatistics extends SpreadOf {
  readonly count: number;
  /** 去掉一个最高分和一个最低分: from five scores on; `dropped` names whose. */
  readonly trimmedMean: {
    readonly value: number;
    readonly count: number;
    readonly dropped: { readonly highest: string; readonly lowest: string } | null;
  };
  /** Sample standard deviation; null below two scores. */
  readonly standardDeviation: number | null;
  /** Per criterion, in rubric order. */
  readonly criteria: readonly ({ readonly criterionId: string } & SpreadOf)[];
}

export interface MergedDeviation {
  readonly expertId: string;
  /** 'total' or a criterion id. */
  readonly scope: string;
  readonly score: number;
  readonly mean: number;
  /** (score − mean) / mean; null when the mean is 0 (JSON has no infinity). */
  readonly relativeDeviation: number | null;
}

export type RecusalReason =
  /** The member declared a conflict in their signed bundle (声明回避). */
  | 'declared-conflict'
  /** The leader is in conflict: the office designated the stand-in who chairs (reader lists). */
  | 'leader-in-conflict';

export interface Recusal {
  readonly expertId: string;
  readonly reason: RecusalReason;
  /** For a declared conflict: its kind and reason as the member signed them. */
  readonly conflictKind?: ConflictKind;
  readonly conflictReason?: string;
}

export type MissingReason =
  /** No bundle of the member was given. */
  | 'no-bundle'
  /**
   * The member's bundle holds no section for the application that the merger could open: a
   * conflict the office recorded (the application was never in their package) or not reviewed.
   */
  | 'no-section';

export interface ApplicationMerge {
  readonly applicationId: string;
  readonly chairRole: ChairRole;
  /** By expertId. */
  readonly rows: readonly ScoreRow[];
  /** Null when nobody scored it. */
  readonly statistics: ApplicationStatistics | null;
  readonly deviations: readonly MergedDeviation[];
  readonly recused: readonly Recusal[];
  readonly missing: readonly { readonly expertId: string; readonly reason: MissingReason }[];
  /** Every member not recused scored it and marked 无需讨论. */
  readonly allMarkedNoDiscussion: boolean;
}

export interface MemberStatus {
  readonly expertId: string;
  readonly fingerprint: string;
  readonly role: 'leader' | 'member';
  /** The bundle merged (the highest sequence) and those it superseded; null when none came. */
  readonly submitted: {
    readonly sequence: number;
    readonly digest: string;
    readonly superseded: readonly { readonly sequence: number; readonly digest: string }[];
  } | null;
}

export interface GroupMerge {
  readonly format: typeof GROUP_MERGE_FORMAT;
  readonly version: 1;
  readonly caseId: string;
  readonly roundId: string;
  readonly groupId: string;
  readonly rubricDigest: string;
  readonly merger: { readonly expertId: string; readonly fingerprint: string };
  /** By expertId. */
  readonly members: readonly MemberStatus[];
  /** By applicationId. */
  readonly applications: readonly ApplicationMerge[];
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each member's bundles: the highest sequence current, the rest superseded; refuses what cannot be. */
function currentSubmissions(
  members: readonly GroupMemberFact[],
  submissions: readonly MemberSubmission[],
): Map<string, { current: MemberSubmission; superseded: MemberSubmission[] }> {
  const memberOf = new Map(members.map((m) => [m.fingerprint, m]));
  const byMember = new Map<string, MemberSubmission[]>();
  for (const submission of submissions) {
    const member = memberOf.get(submission.fingerprint);
    if (member === undefined || member.expertId !== submission.expertId) {
      throw new AppError('merge-outside-group', { expertId: submission.expertId });
    }
    const known = byMember.get(member.expertId) ?? [];
    for (const other of known) {
      if (other.digest === submission.digest) {
        throw new AppError('merge-member-twice', { expertId: member.expertId });
      }
      if (other.sequence === submission.sequence) {
        throw new AppError('bundle-equivocation', { sequence: submission.sequence });
      }
    }
    byMember.set(member.expertId, [...known, submission]);
  }
  const out = new Map<string, { current: MemberSubmission; superseded: MemberSubmission[] }>();
  for (const [expertId, list] of byMember) {
    const sorted = [...list].sort((a, b) => a.sequence - b.sequence);
    const current = sorted.at(-1);
    if (current !== undefined) out.set(expertId, { current, superseded: sorted.slice(0, -1) });
  }
  return out;
}

function spreadOf(values: readonly number[]): SpreadOf {
  const { min, max, spread } = scoreRange(values);
  return { mean: mean(values), min, max, spread };
}

function rowOf(
  applicationId: string,
  expertId: string,
  sequence: number,
  review: ApplicationReview,
  input: GroupMergeInput,
): ScoreRow {
  const total = totalScore(input.rubric, review.partScores);
  // A verified reader checked the review against the rubric; an incomplete one cannot be here.
  if (!total.complete) throw new AppError('bundle-review-invalid', { applicationId });
  return {
    expertId,
    sequence,
    partScores: review.partScores,
    criteria: total.criterionScores,
    total: total.total,
    recommendation: review.recommendation,
    noDiscussionNeeded: review.noDiscussionNeeded,
    comments: review.comments,
    overall: review.overall,
  };
}

function statisticsOf(rows: readonly ScoreRow[], input: GroupMergeInput): ApplicationStatistics {
  const totals = rows.map((r) => r.total);
  const trimmed = trimmedMean(rows.map((r) => ({ expertId: r.expertId, value: r.total })));
  return {
    count: rows.length,
    ...spreadOf(totals),
    trimmedMean: { value: trimmed.value, count: trimmed.count, dropped: trimmed.dropped },
    standardDeviation: standardDeviation(totals),
    criteria: input.rubric.criteria.map((c) => ({
      criterionId: c.id,
      ...spreadOf(rows.map((r) => r.criteria[c.id] ?? 0)),
    })),
  };
}

function mergeApplication(
  application: ChairedApplication,
  input: GroupMergeInput,
  current: ReadonlyMap<string, { current: MemberSubmission }>,
): ApplicationMerge {
  const { applicationId } = application;
  const rows: ScoreRow[] = [];
  const recused: Recusal[] = [];
  const missing: { expertId: string; reason: MissingReason }[] = [];
  const members = [...input.members].sort((a, b) => byCodeUnits(a.expertId, b.expertId));
  for (const member of members) {
    if (application.chairRole === 'stand-in' && member.role === 'leader') {
      recused.push({ expertId: member.expertId, reason: 'leader-in-conflict' });
      continue;
    }
    const submission = current.get(member.expertId)?.current;
    if (submission === undefined) {
      missing.push({ expertId: member.expertId, reason: 'no-bundle' });
      continue;
    }
    const section = submission.sections.find((s) => s.applicationId === applicationId);
    if (section === undefined) {
      missing.push({ expertId: member.expertId, reason: 'no-section' });
    } else if (section.outcome.kind === 'conflict') {
      const { statement } = (section.outcome as DeclaredConflict).declaration;
      recused.push({
        expertId: member.expertId,
        reason: 'declared-conflict',
        conflictKind: statement.conflictKind,
        conflictReason: statement.reason,
      });
    } else {
      rows.push(rowOf(applicationId, member.expertId, submission.sequence, section.outcome, input));
    }
  }
  const deviations = deviationWarnings(
    rows.map((r) => ({ expertId: r.expertId, total: r.total, criteria: r.criteria })),
    input.deviationThreshold === undefined ? {} : { threshold: input.deviationThreshold },
  ).map((w) => ({
    expertId: w.expertId,
    scope: w.scope,
    score: w.score,
    mean: w.mean,
    relativeDeviation: Number.isFinite(w.relativeDeviation) ? w.relativeDeviation : null,
  }));
  return {
    applicationId,
    chairRole: application.chairRole,
    rows,
    statistics: rows.length === 0 ? null : statisticsOf(rows, input),
    deviations,
    recused,
    missing,
    allMarkedNoDiscussion:
      missing.length === 0 && rows.length > 0 && rows.every((r) => r.noDiscussionNeeded),
  };
}

/** The group's merge; throws an AppError for a bundle that cannot be merged (docs/merge.md). */
export function mergeGroup(input: GroupMergeInput): GroupMerge {
  const applicationIds = new Set<string>();
  for (const a of input.applications) {
    if (applicationIds.has(a.applicationId)) throw new RangeError('an application twice');
    applicationIds.add(a.applicationId);
  }
  const current = currentSubmissions(input.members, input.submissions);
  const members: MemberStatus[] = [...input.members]
    .sort((a, b) => byCodeUnits(a.expertId, b.expertId))
    .map((m) => {
      const found = current.get(m.expertId);
      return {
        expertId: m.expertId,
        fingerprint: m.fingerprint,
        role: m.role,
        submitted:
          found === undefined
            ? null
            : {
                sequence: found.current.sequence,
                digest: found.current.digest,
                superseded: found.superseded.map((s) => ({
                  sequence: s.sequence,
                  digest: s.digest,
                })),
              },
      };
    });
  const applications = [...input.applications]
    .sort((a, b) => byCodeUnits(a.applicationId, b.applicationId))
    .map((a) => mergeApplication(a, input, current));
  return {
    format: GROUP_MERGE_FORMAT,
    version: 1,
    caseId: input.caseId,
    roundId: input.roundId,
    groupId: input.groupId,
    rubricDigest: input.rubricDigest,
    merger: { expertId: input.merger.expertId, fingerprint: input.merger.fingerprint },
    members,
    applications,
  };
}
