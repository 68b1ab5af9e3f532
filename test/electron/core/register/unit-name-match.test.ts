import { describe, expect, it } from 'vitest';
import { matchUnitName } from '../../../../electron/core/register/unit-name-match';
import { units } from './register-fixtures';

describe('matchUnitName', () => {
  it('finds a unit by its name, full-width and outer spaces forgiven', () => {
    expect(matchUnitName(' 江苏省工业和信息化厅 ', units)).toEqual({ unitId: 'u10' });
  });

  it('suggests, but does not apply, a name that differs only by inner spaces', () => {
    const match = matchUnitName('广西壮族自治区工业和信 息化厅', units);
    expect(match.unitId).toBeNull();
    expect(match.unitId === null && match.suggestions[0]).toEqual({
      unitId: 'u20',
      name: '广西壮族自治区工业和信息化厅',
    });
  });

  it("suggests the province's unit for an abbreviation", () => {
    const match = matchUnitName('江苏省工信厅', units);
    expect(match.unitId === null && match.suggestions.map((s) => s.unitId)[0]).toBe('u10');
  });

  it('suggests similar association names, and nothing for an unrelated name', () => {
    const match = matchUnitName('中国机械工业质量协会', units);
    expect(match.unitId === null && match.suggestions.map((s) => s.unitId)).toContain('u39');
    expect(matchUnitName('某某公司', units)).toEqual({ unitId: null, suggestions: [] });
  });
});
