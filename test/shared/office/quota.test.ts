import { describe, expect, it } from 'vitest';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { quotaReport } from '../../../shared/office/quota';

const units: RecommendingUnit[] = [
  { id: 'u10', name: '江苏省工业和信息化厅', kind: 'region', ranOwnBenchmarkActivity: false },
  { id: 'u15', name: '山东省工业和信息化厅', kind: 'region', ranOwnBenchmarkActivity: true },
  { id: 'u49', name: '中国质量协会', kind: 'industry', ranOwnBenchmarkActivity: false },
];

const of = (unitId: string, count: number, prefix = unitId) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    recommendingUnitId: unitId,
  }));

describe('quotaReport', () => {
  it('counts each unit against 3, or 5 when it ran its own activity', () => {
    const report = quotaReport([...of('u10', 3), ...of('u15', 5)], units);
    expect(report.units.map((u) => [u.unitId, u.count, u.quota, u.overQuota])).toEqual([
      ['u10', 3, 3, false],
      ['u15', 5, 5, false],
      ['u49', 0, 3, false],
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.unknownUnits).toEqual([]);
  });

  it('flags a unit over its quota and says the quota may be 5', () => {
    const report = quotaReport(of('u10', 4), units);
    const jiangsu = report.units[0];
    expect(jiangsu).toMatchObject({ count: 4, quota: 3, overQuota: true });
    expect(jiangsu?.applicationIds).toEqual(['u10-1', 'u10-2', 'u10-3', 'u10-4']);
    expect(jiangsu?.warnings).toEqual([
      '江苏省工业和信息化厅推荐 4 项，超过名额 3 项',
      '如江苏省工业和信息化厅开展了本地区（行业）质量标杆活动，名额可放宽至 5 项',
    ]);
  });

  it('does not offer the raised quota beyond 5 or to a unit that already has it', () => {
    expect(quotaReport(of('u10', 6), units).units[0]?.warnings).toEqual([
      '江苏省工业和信息化厅推荐 6 项，超过名额 3 项',
    ]);
    expect(quotaReport(of('u15', 6), units).units[1]?.warnings).toEqual([
      '山东省工业和信息化厅推荐 6 项，超过名额 5 项',
    ]);
  });

  it('counts an application once and reports unknown units', () => {
    const report = quotaReport([...of('u49', 1), ...of('u49', 1), ...of('u99', 2)], units);
    expect(report.units[2]?.count).toBe(1);
    expect(report.unknownUnits).toEqual([{ unitId: 'u99', applicationIds: ['u99-1', 'u99-2'] }]);
    expect(report.warnings).toEqual(['推荐单位 u99 不在本年度推荐单位名录中（2 项）']);
  });
});
