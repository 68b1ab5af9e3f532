import { describe, expect, it } from 'vitest';
import {
  applicationLabel,
  defaultGroupName,
  nextFreeId,
  roleFromCard,
  splitList,
} from '../../../../renderer/features/panel/panel-rules';

describe('nextFreeId', () => {
  it('gives the first two-digit number not taken', () => {
    expect(nextFreeId('e', [])).toBe('e01');
    expect(nextFreeId('e', ['e01', 'e02'])).toBe('e03');
    expect(nextFreeId('g', ['g01', 'g03'])).toBe('g02');
  });

  it('goes past 99 without repeating an id', () => {
    const taken = Array.from({ length: 99 }, (_, i) => `e${String(i + 1).padStart(2, '0')}`);
    expect(nextFreeId('e', taken)).toBe('e100');
  });
});

describe('splitList', () => {
  it('splits on commas of either width, 、, semicolons and new lines', () => {
    expect(splitList('卓越绩效、精益，六西格玛;质量管理；标准化\n可靠性,检验')).toEqual([
      '卓越绩效',
      '精益',
      '六西格玛',
      '质量管理',
      '标准化',
      '可靠性',
      '检验',
    ]);
  });

  it('drops blanks and repeats, keeping the first order', () => {
    expect(splitList(' 精益 ，，精益、 卓越绩效 ')).toEqual(['精益', '卓越绩效']);
    expect(splitList('')).toEqual([]);
  });
});

describe('roleFromCard', () => {
  it("takes the card's role when it is a panel role, else member", () => {
    expect(roleFromCard('leader')).toBe('leader');
    expect(roleFromCard('chair')).toBe('chair');
    expect(roleFromCard('expert')).toBe('member');
    expect(roleFromCard('office')).toBe('member');
    expect(roleFromCard('')).toBe('member');
  });
});

describe('applicationLabel', () => {
  it('names an application by its number and applicant', () => {
    expect(
      applicationLabel({ applicationNo: '2026001', applicantName: '华东精密轴承有限公司' }),
    ).toBe('2026001 华东精密轴承有限公司');
  });
});

describe('defaultGroupName', () => {
  it('counts groups in Chinese numerals up to ten, then in digits', () => {
    expect(defaultGroupName(1)).toBe('第一专业组');
    expect(defaultGroupName(10)).toBe('第十专业组');
    expect(defaultGroupName(11)).toBe('第11专业组');
  });
});
