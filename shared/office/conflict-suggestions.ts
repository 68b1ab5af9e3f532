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
  /**
   * Everyone who may see applications: members, leaders, chair and vice-chair alike. With a
   * registered card, the card's own (self-signed) organisation and region are checked as well as
   * the office's record, so a suggestion never rests only on a field its owner did not sign.
   */
  readonly experts: readonly (Pick<Expert, 'id' | 'name' | 'organisation' | 'region'> & {
    readonly card?: { readonly organisation: string; readonly region?: string | undefined };
  })[];
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
    const organisations = distinct([expert.organisation, expert.card?.organisation]);
    const regions = distinct([expert.region, expert.card?.region]).flatMap((region) => {
      const key = regionKey(region);
      return key === null ? [] : [{ region, key }];
    });
    for (const application of input.applications) {
      if (recorded.has(pairKey(expert.id, application.id))) continue;
      const pair = { expertId: expert.id, applicationId: application.id };

      const sameAsApplicant = organisations.find((o) =>
        sameOrganisation(o, application.applicantName),
      );
      if (sameAsApplicant !== undefined) {
        suggestions.push({
          ...pair,
          kind: 'same-organisation',
          reason: `专家所在单位“${sameAsApplicant}”与申报单位“${application.applicantName}”为同一单位（按“${organisationKey(sameAsApplicant)}”比较）`,
        });
      }

      const unit = units.get(application.recommendingUnitId);
      const reasons: string[] = [];
      if (unit && organisations.some((o) => sameOrganisation(o, unit.name))) {
        reasons.push(`专家所在单位即推荐单位“${unit.name}”`);
      }
      const applicantRegion = regionKey(application.organisationRegion ?? '');
      const recommendingRegion = unit ? unitRegion(unit) : null;
      for (const { region, key } of regions) {
        if (key === applicantRegion) {
          reasons.push(
            `专家所在地区“${region}”与申报单位所在地区“${application.organisationRegion ?? ''}”同属${key}`,
          );
        }
        if (unit && key === recommendingRegion) {
          reasons.push(`专家所在地区“${region}”与推荐单位“${unit.name}”同属${key}`);
        }
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

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))];
}

function pairKey(expertId: string, applicationId: string): string {
  return JSON.stringify([expertId, applicationId]);
}
