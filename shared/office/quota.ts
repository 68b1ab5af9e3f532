import type { Application } from '../domain/application';
import { recommendingUnitQuota, type RecommendingUnit } from '../domain/recommending-unit';

/** 推荐名额使用情况: how many experiences one recommending unit put forward against its quota. */
export interface UnitQuotaUsage {
  readonly unitId: string;
  readonly unitName: string;
  readonly count: number;
  readonly quota: 3 | 5;
  readonly overQuota: boolean;
  readonly applicationIds: readonly string[];
  /** In Chinese, for the office's intake screen; [] when nothing is wrong. */
  readonly warnings: readonly string[];
}

/** Applications whose recommending unit is not in the year's list. */
export interface UnknownUnitUsage {
  readonly unitId: string;
  readonly applicationIds: readonly string[];
}

/** The quota check of a whole year. */
export interface QuotaReport {
  /** Every unit of the year's list, in its order, those with no application included. */
  readonly units: readonly UnitQuotaUsage[];
  readonly unknownUnits: readonly UnknownUnitUsage[];
  /** Every warning of every unit, then one per unknown unit id. */
  readonly warnings: readonly string[];
}

/**
 * Counts each unit's applications against notice 一.(二).5: at most 3, or 5 for a unit that ran
 * its own regional or industry benchmark activity. An application is counted once by its id.
 */
export function quotaReport(
  applications: readonly Pick<Application, 'id' | 'recommendingUnitId'>[],
  units: readonly RecommendingUnit[],
): QuotaReport {
  const byUnit = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const application of applications) {
    if (seen.has(application.id)) continue;
    seen.add(application.id);
    const ids = byUnit.get(application.recommendingUnitId) ?? [];
    ids.push(application.id);
    byUnit.set(application.recommendingUnitId, ids);
  }

  const usages = units.map((unit): UnitQuotaUsage => {
    const applicationIds = byUnit.get(unit.id) ?? [];
    const quota = recommendingUnitQuota(unit);
    const count = applicationIds.length;
    const overQuota = count > quota;
    const warnings: string[] = [];
    if (overQuota) {
      warnings.push(`${unit.name}推荐 ${count} 项，超过名额 ${quota} 项`);
      // Up to 5 is allowed to a unit that ran its own activity: the office may only need to record it.
      if (!unit.ranOwnBenchmarkActivity && count <= 5) {
        warnings.push(`如${unit.name}开展了本地区（行业）质量标杆活动，名额可放宽至 5 项`);
      }
    }
    return {
      unitId: unit.id,
      unitName: unit.name,
      count,
      quota,
      overQuota,
      applicationIds,
      warnings,
    };
  });

  const known = new Set(units.map((u) => u.id));
  const unknownUnits = [...byUnit]
    .filter(([unitId]) => !known.has(unitId))
    .map(([unitId, applicationIds]) => ({ unitId, applicationIds }));

  return {
    units: usages,
    unknownUnits,
    warnings: [
      ...usages.flatMap((u) => u.warnings),
      ...unknownUnits.map(
        (u) => `推荐单位 ${u.unitId} 不在本年度推荐单位名录中（${u.applicationIds.length} 项）`,
      ),
    ],
  };
}
