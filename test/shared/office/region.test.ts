import { describe, expect, it } from 'vitest';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { provinceOf, regionKey, unitRegion } from '../../../shared/office/region';

describe('provinceOf', () => {
  it('reads the province at the start of a unit name', () => {
    expect(provinceOf('江苏省工业和信息化厅')).toBe('江苏');
    expect(provinceOf('内蒙古自治区工业和信息化厅')).toBe('内蒙古');
    expect(provinceOf('广西壮族自治区工业和信息化厅')).toBe('广西');
    expect(provinceOf('新疆生产建设兵团工业和信息化厅')).toBe('新疆');
  });

  it('puts a planned city in its province', () => {
    expect(provinceOf('深圳市工业和信息化局')).toBe('广东');
    expect(provinceOf('大连市工业和信息化局')).toBe('辽宁');
  });

  it('is null for a name starting with no province', () => {
    expect(provinceOf('中国质量协会')).toBeNull();
  });
});

describe('regionKey', () => {
  it('compares by province', () => {
    expect(regionKey('江苏省南京市')).toBe('江苏');
    expect(regionKey(' 江苏 ')).toBe('江苏');
    expect(regionKey('浙江省宁波市')).toBe('浙江');
  });

  it('falls back to the text without its administrative ending', () => {
    expect(regionKey('苏州市')).toBe('苏州');
    expect(regionKey('')).toBeNull();
  });
});

describe('unitRegion', () => {
  it('gives every regional unit of 2021 a province and no industry association one', () => {
    for (const unit of recommendingUnits2021) {
      if (unit.kind === 'region') expect(unitRegion(unit), unit.name).not.toBeNull();
      else expect(unitRegion(unit), unit.name).toBeNull();
    }
  });
});
