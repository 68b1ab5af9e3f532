import { describe, expect, it } from 'vitest';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { suggestConflicts } from '../../../shared/office/conflict-suggestions';
import { application, expert } from './office-fixtures';

const units = recommendingUnits2021;

describe('suggestConflicts', () => {
  it('suggests the same organisation despite width, spaces and legal form', () => {
    const suggestions = suggestConflicts({
      experts: [expert('e1', { organisation: '某某电子集团有限公司', region: '北京' })],
      applications: [
        application('a1', { applicantName: '某某电子 股份有限公司', recommendingUnitId: 'u49' }),
      ],
      units,
    });
    expect(suggestions).toEqual([
      {
        expertId: 'e1',
        applicationId: 'a1',
        kind: 'same-organisation',
        reason:
          '专家所在单位“某某电子集团有限公司”与申报单位“某某电子 股份有限公司”为同一单位（按“某某电子”比较）',
      },
    ]);
  });

  it("suggests the applicant's region and the regional unit's region, once per pair", () => {
    const [suggestion, ...rest] = suggestConflicts({
      experts: [expert('e1', { region: '江苏省南京市' })],
      applications: [
        application('a1', { organisationRegion: '江苏省苏州市', recommendingUnitId: 'u10' }),
      ],
      units,
    });
    expect(rest).toEqual([]);
    expect(suggestion?.kind).toBe('same-recommending-unit-or-region');
    expect(suggestion?.reason).toBe(
      '专家所在地区“江苏省南京市”与申报单位所在地区“江苏省苏州市”同属江苏；专家所在地区“江苏省南京市”与推荐单位“江苏省工业和信息化厅”同属江苏',
    );
  });

  it('matches a planned-city unit to its province', () => {
    const suggestions = suggestConflicts({
      experts: [expert('e1', { region: '广东' })],
      applications: [application('a1', { recommendingUnitId: 'u36' })],
      units,
    });
    expect(suggestions.map((s) => s.reason)).toEqual([
      '专家所在地区“广东”与推荐单位“深圳市工业和信息化局”同属广东',
    ]);
  });

  it('suggests an expert who works at the recommending association', () => {
    const suggestions = suggestConflicts({
      experts: [expert('e1', { organisation: '中国质量协会', region: '北京' })],
      applications: [application('a1', { recommendingUnitId: 'u49', organisationRegion: '上海' })],
      units,
    });
    expect(suggestions.map((s) => [s.kind, s.reason])).toEqual([
      ['same-recommending-unit-or-region', '专家所在单位即推荐单位“中国质量协会”'],
    ]);
  });

  it('applies to the chair and vice-chair as to anyone', () => {
    const suggestions = suggestConflicts({
      experts: [
        expert('chair', { role: 'chair', region: '江苏' }),
        expert('vice', { role: 'vice-chair', organisation: '申报单位a1有限公司' }),
      ],
      applications: [application('a1')],
      units,
    });
    expect(suggestions.map((s) => [s.expertId, s.kind])).toEqual([
      ['chair', 'same-recommending-unit-or-region'],
      ['vice', 'same-organisation'],
    ]);
  });

  it('suggests nothing for an industry unit, another region or a recorded pair', () => {
    const experts = [expert('e1', { region: '江苏' })];
    expect(
      suggestConflicts({
        experts,
        applications: [application('a1', { recommendingUnitId: 'u38' })],
        units,
      }),
    ).toEqual([]);
    expect(
      suggestConflicts({
        experts,
        applications: [application('a1', { recommendingUnitId: 'u15' })],
        units,
      }),
    ).toEqual([]);
    expect(
      suggestConflicts({
        experts,
        applications: [application('a1')],
        units,
        recorded: [{ expertId: 'e1', applicationId: 'a1' }],
      }),
    ).toEqual([]);
  });
});
