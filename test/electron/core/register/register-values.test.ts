import { describe, expect, it } from 'vitest';
import {
  readFocusArea,
  readScope,
  readText,
  readYesNo,
} from '../../../../electron/core/register/register-values';

const value = <T>(v: T) => ({ kind: 'value', value: v });

describe('readScope', () => {
  it('reads item numbers in their usual spellings', () => {
    for (const cell of [
      '（一）',
      '(1)',
      '1',
      '１',
      '一',
      '第一项',
      '一、企业运用先进质量管理理念',
    ]) {
      expect(readScope(cell), cell).toEqual(value(1));
    }
    expect(readScope('（四）')).toEqual(value(4));
  });

  it("reads an item's label or the start of its wording", () => {
    expect(readScope('专精特新中小企业')).toEqual(value(4));
    expect(readScope('企业运用大数据、人工智能、区块链等新技术手段')).toEqual(value(2));
  });

  it('is absent when empty and invalid otherwise', () => {
    expect(readScope('  ')).toEqual({ kind: 'absent' });
    expect(readScope('7')).toEqual({ kind: 'invalid' });
    expect(readScope('12')).toEqual({ kind: 'invalid' });
    expect(readScope('其他')).toEqual({ kind: 'invalid' });
  });
});

describe('readFocusArea', () => {
  it('reads numbers, keywords and none', () => {
    expect(readFocusArea('1')).toEqual(value('key-basics'));
    expect(readFocusArea('关键基础材料')).toEqual(value('key-basics'));
    expect(readFocusArea('（二）')).toEqual(value('specialized-sme'));
    expect(readFocusArea('“专精特新”中小企业')).toEqual(value('specialized-sme'));
    expect(readFocusArea('无')).toEqual(value('none'));
    expect(readFocusArea('—')).toEqual(value('none'));
    expect(readFocusArea('航天')).toEqual({ kind: 'invalid' });
  });
});

describe('readYesNo', () => {
  it('reads the usual yes and no', () => {
    for (const cell of ['是', 'Y', 'yes', 'TRUE', '1', '√', '是（专精特新）']) {
      expect(readYesNo(cell), cell).toEqual(value(true));
    }
    for (const cell of ['否', 'N', 'no', 'false', '0', '×', '不是']) {
      expect(readYesNo(cell), cell).toEqual(value(false));
    }
    expect(readYesNo('是否')).toEqual({ kind: 'invalid' });
    expect(readYesNo('')).toEqual({ kind: 'absent' });
  });
});

describe('readText', () => {
  it('trims and removes line breaks inside a cell', () => {
    expect(readText('  某某\r\n 有限公司 ')).toBe('某某有限公司');
    expect(readText(' \n ')).toBeNull();
  });
});
