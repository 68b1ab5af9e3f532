/**
 * 入围答辩名单 (material round, Article 19) and 初评名单 (defense round, Article 20): the applications
 * the groups put forward (入围答辩 / 推荐), less the committee's exclusions and those below the
 * chair's score line, in the strict order of the chosen ranking, up to the chair's quota. Every
 * application not on the list is listed with the reason it was cut, the first that applies, in
 * this order: not scored, the group decided nothing, the group's decision, the committee's
 * exclusion, below the score line, beyond the quota (with the tie rule when the last one in and
 * the first one out scored the same).
 */
import type { RoundKind } from '../domain/round-kind';
import { AppError } from '../errors';
import type { GroupDecision } from '../merge/deliberation-records';
import { compareApplicationNo } from '../scoring/application-no-order';
import { nearlyEqual } from '../scoring/float-tolerance';
import type { TieBreakRule } from '../scoring/ranking';
import type { CommitteeSettings, RankingBasis } from './committee-input';
import type { CommitteeApplication, NormalisedRanking, Ranking } from './committee-merge';

/** Which list the round forms. */
export type CommitteeListKind = 'defense-shortlist' | 'preliminary';

export const committeeListLabels: Readonly<Record<CommitteeListKind, { zh: string; en: string }>> =
  {
    'defense-shortlist': { zh: '入围答辩名单', en: 'Shortlist for the defense' },
    preliminary: { zh: '初评名单', en: 'Preliminary list' },
  };

/** The group decision that puts an application forward in each round. */
const FORWARD: Readonly<Record<RoundKind, GroupDecision>> = {
  material: 'enter-defense',
  defense: 'recommend',
};

export type CutReason =
  /** Nobody scored it, so it has no place in a ranking. */
  | { readonly reason: 'not-scored' }
  /** The group's bundle records no decision for it. */
  | { readonly reason: 'group-undecided' }
  /** The group decided 不入围答辩 / 不推荐. */
  | { readonly reason: 'group-decision'; readonly decision: GroupDecision }
  /** 主任委员决定, with its written reason. */
  | { readonly reason: 'committee-exclusion'; readonly text: string }
  /** Below the chair's 分数线. */
  | { readonly reason: 'below-score-line'; readonly score: number; readonly line: number }
  /**
   * Beyond the 名额: `position` in the order of those put forward; `tie` is the rule that put
   * the last one in above this one when their scores were equal (null: no tie at the line).
   */
  | {
      readonly reason: 'quota';
      readonly position: number;
      readonly quota: number;
      readonly tie: TieBreakRule | null;
    };

export const cutReasonLabels: Readonly<Record<CutReason['reason'], { zh: string; en: string }>> = {
  'not-scored': { zh: '无专家评分', en: 'Not scored' },
  'group-undecided': { zh: '专业组未作合议结论', en: 'No group decision' },
  'group-decision': { zh: '专业组合议结论', en: "The group's decision" },
  'committee-exclusion': { zh: '评审委员会决定', en: "The committee's decision" },
  'below-score-line': { zh: '低于分数线', en: 'Below the score line' },
  quota: { zh: '超出名额', en: 'Beyond the quota' },
};

export interface CommitteeList {
  readonly kind: CommitteeListKind;
  readonly basis: RankingBasis;
  readonly quota: number | null;
  readonly scoreLine: number | null;
  /** In list order. */
  readonly entries: readonly {
    readonly position: number;
    readonly applicationId: string;
    readonly applicationNo: string;
    readonly score: number;
  }[];
  /** By 申报编号. */
  readonly cuts: readonly ({
    readonly applicationId: string;
    readonly applicationNo: string;
  } & CutReason)[];
}

export interface CommitteeListInput {
  readonly roundKind: RoundKind;
  readonly settings: CommitteeSettings;
  readonly applications: readonly CommitteeApplication[];
  readonly raw: Ranking;
  readonly normalised: NormalisedRanking;
  readonly tieBreakCriteria: readonly string[];
}

export function committeeList(input: CommitteeListInput): CommitteeList {
  const { settings } = input;
  if (settings.basis === 'normalised' && !input.normalised.ok) {
    throw new AppError('committee-normalisation-refused', {
      refusals: input.normalised.refusals.length,
    });
  }
  const ranking: Ranking =
    settings.basis === 'normalised' && input.normalised.ok ? input.normalised : input.raw;
  const byId = new Map(input.applications.map((a) => [a.applicationId, a]));
  const exclusions = new Map(settings.exclusions.map((e) => [e.applicationId, e.reason]));
  const forward = FORWARD[input.roundKind];
  const cuts: CommitteeList['cuts'][number][] = [];
  const cut = (a: CommitteeApplication, reason: CutReason) =>
    cuts.push({ applicationId: a.applicationId, applicationNo: a.applicationNo, ...reason });

  for (const a of input.applications) if (a.raw === null) cut(a, { reason: 'not-scored' });
  // The ranking's strict order decides among the rest; the reasons are checked in their order.
  const candidates: { entry: Ranking['order'][number]; application: CommitteeApplication }[] = [];
  for (const entry of ranking.order) {
    const a = byId.get(entry.applicationId);
    if (a === undefined) continue;
    const excluded = exclusions.get(a.applicationId);
    if (a.decision === null) cut(a, { reason: 'group-undecided' });
    else if (a.decision !== forward) cut(a, { reason: 'group-decision', decision: a.decision });
    else if (excluded !== undefined) cut(a, { reason: 'committee-exclusion', text: excluded });
    else if (
      settings.scoreLine !== null &&
      entry.score < settings.scoreLine &&
      !nearlyEqual(entry.score, settings.scoreLine)
    ) {
      cut(a, { reason: 'below-score-line', score: entry.score, line: settings.scoreLine });
    } else candidates.push({ entry, application: a });
  }

  const entries: CommitteeList['entries'][number][] = [];
  candidates.forEach(({ entry, application }, index) => {
    const position = index + 1;
    if (settings.quota === null || position <= settings.quota) {
      entries.push({
        position,
        applicationId: application.applicationId,
        applicationNo: application.applicationNo,
        score: entry.score,
      });
      return;
    }
    const last = candidates[settings.quota - 1]!;
    const tie = nearlyEqual(last.entry.score, entry.score)
      ? tieRule(last.application, application, input.tieBreakCriteria)
      : null;
    cut(application, { reason: 'quota', position, quota: settings.quota, tie });
  });

  return {
    kind: input.roundKind === 'material' ? 'defense-shortlist' : 'preliminary',
    basis: settings.basis,
    quota: settings.quota,
    scoreLine: settings.scoreLine,
    entries,
    cuts: cuts.sort((a, b) => compareApplicationNo(a.applicationNo, b.applicationNo)),
  };
}

/**
 * The rule that put `above` before `below`, whose scores are equal: the first tie-break criterion
 * on which they differ, highest first, else 申报编号 (as shared/scoring/ranking.ts orders them).
 */
function tieRule(
  above: CommitteeApplication,
  below: CommitteeApplication,
  tieBreakCriteria: readonly string[],
): TieBreakRule {
  for (const criterionId of tieBreakCriteria) {
    const x = above.raw?.criteria[criterionId] ?? 0;
    const y = below.raw?.criteria[criterionId] ?? 0;
    if (!nearlyEqual(x, y)) return { kind: 'criterion', criterionId };
  }
  return { kind: 'application-no' };
}
