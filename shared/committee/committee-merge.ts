/**
 * 评审委员会汇总: the chair's (or the acting vice-chair's) merge of the groups' results across the
 * round. Per application the group's scores as deliberated (a score changed in deliberation
 * replaces the member's submitted one here; both stay in the group bundle), the score the ranking
 * uses (the trimmed mean of the totals, shared/scoring/statistics.ts), the per-expert normalised
 * score (shared/scoring/normalisation.ts, refusals shown), the group's consensus and decision;
 * the rankings raw and normalised with their tie order (shared/scoring/ranking.ts); and the list
 * (入围答辩名单 or 初评名单, committee-list.ts) with the reason for every cut. Deterministic: every
 * list is sorted by ids or 申报编号 and every sum runs over sorted rows, so the same bundles in
 * any order give the same canonical JSON, byte for byte (docs/committee.md).
 */
import type { RoundKind } from '../domain/round-kind';
import type { Rubric } from '../domain/rubric';
import { AppError } from '../errors';
import type { GroupDecision } from '../merge/deliberation-records';
import type { ChairRole } from '../merge/merge-input';
import { compareApplicationNo } from '../scoring/application-no-order';
import type { ExpertBaseline, NormalisationRefusal } from '../scoring/normalisation';
import { normaliseScores } from '../scoring/normalisation';
import type { TieBreakRule } from '../scoring/ranking';
import { competitionRanks, strictOrder } from '../scoring/ranking';
import { mean, trimmedMean } from '../scoring/statistics';
import { totalScore } from '../scoring/total';
import type { CommitteeList } from './committee-list';
import { committeeList } from './committee-list';
import type {
  CommitteeMergeInput,
  CommitteeSectionInput,
  CommitteeSettings,
  CommitteeSignerRole,
  GroupBundleFact,
} from './committee-input';

export const COMMITTEE_MERGE_FORMAT = 'qb-committee-merge';

/** One expert's total for an application, as the group left it. */
export interface CommitteeScore {
  readonly expertId: string;
  readonly total: number;
  /** Changed in the group's deliberation (a score-change record); false: as submitted. */
  readonly deliberated: boolean;
}

/** The application's score on the raw scale: what the raw ranking orders by. */
export interface RawScore {
  /** 去掉一个最高分和一个最低分后的平均分 (the plain mean below five scores). */
  readonly score: number;
  readonly mean: number;
  readonly count: number;
  readonly dropped: { readonly highest: string; readonly lowest: string } | null;
  /** Criterion id → the trimmed mean of its subtotals: the tie-breaks. */
  readonly criteria: Readonly<Record<string, number>>;
}

export interface CommitteeApplication {
  readonly applicationId: string;
  readonly applicationNo: string;
  readonly groupId: string;
  /** SHA-256 of the group bundle its section came from. */
  readonly groupBundle: string;
  readonly chair: { readonly expertId: string; readonly role: ChairRole };
  /** By expert id. */
  readonly scores: readonly CommitteeScore[];
  /** Null when nobody scored it. */
  readonly raw: RawScore | null;
  /** The trimmed mean of its experts' normalised scores; null when refused or unscored. */
  readonly normalised: number | null;
  /** 合议得分 and 合议意见, when the group recorded them. */
  readonly consensus: { readonly score: number; readonly opinion: string } | null;
  /** 合议结论; null when the group recorded none. */
  readonly decision: GroupDecision | null;
}

export interface RankedEntry {
  readonly applicationId: string;
  readonly applicationNo: string;
  readonly score: number;
  /** Competition rank: equal scores share it (1, 2, 2, 4). */
  readonly rank: number;
  /** Strict position: never shared, ties broken as `tieBreaks` says. */
  readonly position: number;
}

export interface Ranking {
  readonly order: readonly RankedEntry[];
  /** For each pair of neighbours with equal scores (by 申报编号), the rule that separated them. */
  readonly tieBreaks: readonly {
    readonly above: string;
    readonly below: string;
    readonly rule: TieBreakRule;
  }[];
}

export type NormalisedRanking =
  | ({
      readonly ok: true;
      readonly target: { readonly mean: number; readonly sd: number };
      readonly baselines: readonly ExpertBaseline[];
    } & Ranking)
  | { readonly ok: false; readonly refusals: readonly NormalisationRefusal[] };

export interface CommitteeMerge {
  readonly format: typeof COMMITTEE_MERGE_FORMAT;
  readonly version: 1;
  readonly caseId: string;
  readonly roundId: string;
  readonly roundKind: RoundKind;
  readonly rubricDigest: string;
  readonly signer: {
    readonly expertId: string;
    readonly fingerprint: string;
    readonly role: CommitteeSignerRole;
  };
  /** The chair's settings as given, exclusions by application id. */
  readonly settings: CommitteeSettings;
  /** By group id, then merger fingerprint. */
  readonly groupBundles: readonly GroupBundleFact[];
  /** By 申报编号. */
  readonly applications: readonly CommitteeApplication[];
  readonly ranking: {
    /** The criteria that break ties, in order: by weight, highest first, then rubric order. */
    readonly tieBreakCriteria: readonly string[];
    readonly raw: Ranking;
    readonly normalised: NormalisedRanking;
    /** Applications nobody scored, by 申报编号: in no ranking. */
    readonly unscored: readonly string[];
  };
  readonly list: CommitteeList;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The criteria that break ties: the heaviest first (（三） in the default rubric), then rubric order. */
export function tieBreakCriteriaOf(rubric: Rubric): string[] {
  return rubric.criteria
    .map((c, index) => ({ id: c.id, weight: c.weight, index }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((c) => c.id);
}

/** Each scoring member's total and subtotals as the deliberation left them, by expert id. */
function scoresOf(section: CommitteeSectionInput, rubric: Rubric) {
  const changed = new Map(section.deliberation.deliberatedScores.map((d) => [d.expertId, d]));
  return [...section.merge.rows]
    .sort((a, b) => byText(a.expertId, b.expertId))
    .map((row) => {
      const change = changed.get(row.expertId);
      const parts = change?.partScores ?? row.partScores;
      const total = totalScore(rubric, parts);
      if (!total.complete) throw new RangeError('a scored row without every part');
      return {
        expertId: row.expertId,
        total: change?.total ?? row.total,
        deliberated: change !== undefined,
        criteria: total.criterionScores,
      };
    });
}

function rawScoreOf(
  scores: ReturnType<typeof scoresOf>,
  criteriaIds: readonly string[],
): RawScore | null {
  if (scores.length === 0) return null;
  const trimmed = trimmedMean(scores.map((s) => ({ expertId: s.expertId, value: s.total })));
  const criteria: Record<string, number> = {};
  for (const id of criteriaIds) {
    criteria[id] = trimmedMean(
      scores.map((s) => ({ expertId: s.expertId, value: s.criteria[id] ?? 0 })),
    ).value;
  }
  return {
    score: trimmed.value,
    mean: mean(scores.map((s) => s.total)),
    count: scores.length,
    dropped: trimmed.dropped,
    criteria,
  };
}

function rankingOf(
  entries: readonly {
    applicationId: string;
    applicationNo: string;
    score: number;
    criteria: Readonly<Record<string, number>>;
  }[],
  tieBreakCriteria: readonly string[],
): Ranking {
  const strict = strictOrder(
    entries.map((e) => ({ ...e, total: e.score })),
    tieBreakCriteria,
  );
  const ranks = new Map(
    competitionRanks(entries.map((e) => ({ id: e.applicationId, total: e.score }))).map((r) => [
      r.id,
      r.rank,
    ]),
  );
  return {
    order: strict.order.map((e) => ({
      applicationId: e.applicationId,
      applicationNo: e.applicationNo,
      score: e.score,
      rank: ranks.get(e.applicationId) ?? 0,
      position: e.position,
    })),
    tieBreaks: strict.tieBreaks,
  };
}

function checkSettings(input: CommitteeMergeInput): CommitteeSettings {
  const { settings } = input;
  const ids = new Set(input.applications.map((a) => a.applicationId));
  const excluded = settings.exclusions.map((e) => e.applicationId);
  const valid =
    (settings.quota === null || (Number.isSafeInteger(settings.quota) && settings.quota > 0)) &&
    (settings.scoreLine === null || Number.isFinite(settings.scoreLine)) &&
    new Set(excluded).size === excluded.length &&
    excluded.every((id) => ids.has(id)) &&
    settings.exclusions.every((e) => e.reason.trim().length > 0 && e.reason.length <= 2000);
  if (!valid) throw new AppError('committee-settings-invalid');
  return {
    quota: settings.quota,
    scoreLine: settings.scoreLine,
    basis: settings.basis,
    exclusions: [...settings.exclusions]
      .map((e) => ({ applicationId: e.applicationId, reason: e.reason }))
      .sort((a, b) => byText(a.applicationId, b.applicationId)),
  };
}

/** Each application of the round with its one section; throws when one lacks it or has two. */
function sectionsByApplication(input: CommitteeMergeInput): Map<string, CommitteeSectionInput> {
  const facts = new Map(input.applications.map((a) => [a.applicationId, a]));
  const sections = new Map<string, CommitteeSectionInput>();
  for (const section of [...input.sections].sort((a, b) =>
    byText(a.applicationId, b.applicationId),
  )) {
    const fact = facts.get(section.applicationId);
    if (fact === undefined || fact.groupId !== section.groupId) {
      throw new AppError('committee-application-unknown', { applicationId: section.applicationId });
    }
    if (sections.has(section.applicationId)) {
      throw new AppError('committee-application-twice', { applicationId: section.applicationId });
    }
    sections.set(section.applicationId, section);
  }
  for (const id of [...facts.keys()].sort(byText)) {
    if (!sections.has(id))
      throw new AppError('committee-application-missing', { applicationId: id });
  }
  return sections;
}

/** The committee's merge; throws an AppError when the sections do not cover the round once each. */
export function mergeCommittee(input: CommitteeMergeInput): CommitteeMerge {
  const settings = checkSettings(input);
  const sections = sectionsByApplication(input);
  const tieBreakCriteria = tieBreakCriteriaOf(input.rubric);
  const facts = [...input.applications].sort((a, b) =>
    compareApplicationNo(a.applicationNo, b.applicationNo),
  );

  const scored = facts.map((fact) => {
    const section = sections.get(fact.applicationId)!;
    const scores = scoresOf(section, input.rubric);
    return { fact, section, scores, raw: rawScoreOf(scores, tieBreakCriteria) };
  });

  // 标准化 over every expert's totals across the round, sorted so that sums never depend on order.
  const normalisation = normaliseScores(
    scored
      .flatMap(({ fact, scores }) =>
        scores.map((s) => ({
          expertId: s.expertId,
          applicationId: fact.applicationId,
          value: s.total,
        })),
      )
      .sort((a, b) => byText(a.applicationId, b.applicationId) || byText(a.expertId, b.expertId)),
    { target: 'group' },
  );
  const normalisedOf = new Map<string, number>();
  if (normalisation.ok) {
    const byApplication = new Map<string, { expertId: string; value: number }[]>();
    for (const s of normalisation.scores) {
      const list = byApplication.get(s.applicationId) ?? [];
      list.push({ expertId: s.expertId, value: s.rescaled });
      byApplication.set(s.applicationId, list);
    }
    for (const [id, values] of byApplication) normalisedOf.set(id, trimmedMean(values).value);
  }

  const applications: CommitteeApplication[] = scored.map(({ fact, section, scores, raw }) => ({
    applicationId: fact.applicationId,
    applicationNo: fact.applicationNo,
    groupId: fact.groupId,
    groupBundle: section.groupBundle,
    chair: { expertId: section.chair.expertId, role: section.chair.role },
    scores: scores.map(({ expertId, total, deliberated }) => ({ expertId, total, deliberated })),
    raw,
    normalised: normalisedOf.get(fact.applicationId) ?? null,
    consensus: section.deliberation.consensus,
    decision: section.deliberation.decision,
  }));

  const rankable = applications.filter((a) => a.raw !== null);
  const raw = rankingOf(
    rankable.map((a) => ({
      applicationId: a.applicationId,
      applicationNo: a.applicationNo,
      score: a.raw!.score,
      criteria: a.raw!.criteria,
    })),
    tieBreakCriteria,
  );
  const normalised: NormalisedRanking = normalisation.ok
    ? {
        ok: true,
        target: normalisation.target,
        baselines: normalisation.baselines,
        ...rankingOf(
          rankable.map((a) => ({
            applicationId: a.applicationId,
            applicationNo: a.applicationNo,
            score: a.normalised ?? 0,
            // Ties on the normalised scale are broken by the raw criteria, then 申报编号.
            criteria: a.raw!.criteria,
          })),
          tieBreakCriteria,
        ),
      }
    : { ok: false, refusals: normalisation.refusals };

  const groupBundles = [...input.groupBundles]
    .map((g) => ({
      groupId: g.groupId,
      merger: { expertId: g.merger.expertId, fingerprint: g.merger.fingerprint },
      sequence: g.sequence,
      digest: g.digest,
      superseded: [...g.superseded]
        .map((s) => ({ sequence: s.sequence, digest: s.digest }))
        .sort((a, b) => a.sequence - b.sequence),
    }))
    .sort(
      (a, b) => byText(a.groupId, b.groupId) || byText(a.merger.fingerprint, b.merger.fingerprint),
    );

  return {
    format: COMMITTEE_MERGE_FORMAT,
    version: 1,
    caseId: input.caseId,
    roundId: input.roundId,
    roundKind: input.roundKind,
    rubricDigest: input.rubricDigest,
    signer: {
      expertId: input.signer.expertId,
      fingerprint: input.signer.fingerprint,
      role: input.signer.role,
    },
    settings,
    groupBundles,
    applications,
    ranking: {
      tieBreakCriteria,
      raw,
      normalised,
      unscored: applications.filter((a) => a.raw === null).map((a) => a.applicationNo),
    },
    list: committeeList({
      roundKind: input.roundKind,
      settings,
      applications,
      raw,
      normalised,
      tieBreakCriteria,
    }),
  };
}
