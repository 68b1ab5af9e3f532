import type { Application } from '../domain/application';
import type { ConflictKind, ConflictOfInterest } from '../domain/conflict';
import type { Expert } from '../domain/expert';
import type { RecommendingUnit } from '../domain/recommending-unit';
import { organisationKey, sameOrganisation } from './organisation-name';
import { regionKey, unitRegion } from './region';

/**
 * 回避建议: a conflict of interest the data suggests. Never recorded by itself: the office
 * confirms it (addConflict) or dismisses it.
 */
export interface ConflictSuggestion {
  readonly expertId: string;
  readonly applicationId: string;
  readonly kind: Extract<ConflictKind, 'same-organisation' | 'same-recommending-unit-or-region'>;
  /** In Chinese, naming what matched. */
  readonly reason: string;
}

export interface ConflictSuggestionInput {
  /** Everyone who may see applications: members, leaders, chair and vice-chair alike. */
  readonly experts: readonly Pick<Expert, 'id' | 'name' | 'organisation' | 'region'>[];
  readonly applications: readonly Pick<
    Application,
    'id' | 'applicantName' | 'recommendingUnitId' | 'organisationRegion'
  >[];
  readonly units: readonly Pick<RecommendingUnit, 'id' | 'name' | 'kind'>[];
  /** Pairs already recorded are not suggested again, whatever their kind. */
  readonly recorded?: readonly Pick<ConflictOfInterest, 'expertId' | 'applicationId'>[];
}

/**
 * Suggests conflicts from organisation and region, in expert then application order:
 * same organisation (names compared by organisationKey); and same recommending unit or region
 * (the expert works at the recommending unit, or the expert's region is the applicant's region
 * or the regional unit's region, compared by province).
 */
export function suggestConflicts(input: ConflictSuggestionInput): ConflictSuggestion[] {
  const units = new Map(input.units.map((u) => [u.id, u]));
  const recorded = new Set((input.recorded ?? []).map((c) => pairKey(c.expertId, c.applicationId)));
  const suggestions: ConflictSuggestion[] = [];

  for (const expert of input.experts) {
    const expertRegion = regionKey(expert.region);
    for (const application of input.applications) {
      if (recorded.has(pairKey(expert.id, application.id))) continue;
      const pair = { expertId: expert.id, applicationId: application.id };

      if (sameOrganisation(expert.organisation, application.applicantName)) {
        suggestions.push({
          ...pair,
          kind: 'same-organisation',
          reason: `专家所在单位“${expert.organisation}”与申报单位“${application.applicantName}”为同一单位（按“${organisationKey(expert.organisation)}”比较）`,
        });
      }

      const unit = units.get(application.recommendingUnitId);
      const reasons: string[] = [];
      if (unit && sameOrganisation(expert.organisation, unit.name)) {
        reasons.push(`专家所在单位即推荐单位“${unit.name}”`);
      }
      const applicantRegion = regionKey(application.organisationRegion ?? '');
      if (expertRegion !== null && expertRegion === applicantRegion) {
        reasons.push(
          `专家所在地区“${expert.region}”与申报单位所在地区“${application.organisationRegion ?? ''}”同属${expertRegion}`,
        );
      }
      const recommendingRegion = unit ? unitRegion(unit) : null;
      if (unit && expertRegion !== null && expertRegion === recommendingRegion) {
        reasons.push(`专家所在地区“${expert.region}”与推荐单位“${unit.name}”同属${expertRegion}`);
      }
      if (reasons.length > 0) {
        suggestions.push({
          ...pair,
          kind: 'same-recommending-unit-or-region',
          reason: reasons.join('；'),
        });
      }
    }
  }
  return suggestions;
}

function pairKey(expertId: string, applicationId: string): string {
  return JSON.stringify([expertId, applicationId]);
}
