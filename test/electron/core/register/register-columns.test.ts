import { describe, expect, it } from 'vitest';
import {
  fieldOfHeader,
  mapHeaderRow,
  normaliseHeader,
} from '../../../../electron/core/register/register-columns';

describe('normaliseHeader', () => {
  it('folds width, drops spaces, asterisks, bracketed notes and a trailing colon', () => {
    expect(normaliseHeader(' *申报 编号（必填）： ')).toBe('申报编号');
    expect(normaliseHeader('所在地区【省/市】')).toBe('所在地区');
  });
});

describe('fieldOfHeader', () => {
  it('knows the synonyms', () => {
    expect(fieldOfHeader('申报单位')?.field).toBe('applicantName');
    expect(fieldOfHeader('企业名称')?.field).toBe('applicantName');
    expect(fieldOfHeader('推荐单位名称')?.field).toBe('recommendingUnit');
    expect(fieldOfHeader('是否为中小企业')?.field).toBe('isSme');
    expect(fieldOfHeader('所属行业')?.field).toBe('industry');
    expect(fieldOfHeader('序号')).toBeNull();
  });
});

describe('mapHeaderRow', () => {
  it('prefers the full name column and lists what it ignores', () => {
    const { columns, ignoredHeaders } = mapHeaderRow([
      '序号',
      '申报单位',
      '申报编号',
      '申报单位全称',
      '',
    ]);
    expect(columns).toEqual([
      { field: 'applicationNo', header: '申报编号', columnIndex: 2 },
      { field: 'applicantName', header: '申报单位全称', columnIndex: 3 },
    ]);
    expect(ignoredHeaders).toEqual(['序号', '申报单位']);
  });
});
