import { describe, expect, it } from 'vitest';
import { matchRegisterToArchives } from '../../../../electron/core/register/match-archives';
import type { RegisterRow } from '../../../../electron/core/register/register-rows';

const row = (
  rowNumber: number,
  applicationNo: string | undefined,
  applicantName: string,
): RegisterRow => ({
  rowNumber,
  application: { applicationNo, applicantName },
  recommendingUnitName: null,
  problems: [],
});

describe('matchRegisterToArchives', () => {
  it('sorts rows and archives into matched, mismatched, register-only and archive-only', () => {
    const rows = [
      row(2, 'BG1', '甲有限公司'),
      row(3, 'BG2', '乙有限公司'),
      row(4, 'BG3', '丙有限公司'),
      row(5, undefined, '无编号有限公司'),
    ];
    const archives = [
      { applicationNo: 'ＢＧ1', applicantName: '甲 有限公司', file: 'a.rar' },
      { applicationNo: 'BG2', applicantName: '乙股份有限公司', file: 'b.rar' },
      { applicationNo: 'BG9', applicantName: '壬有限公司', file: 'c.zip' },
    ];
    const result = matchRegisterToArchives(rows, archives);
    expect(result.matched.map((m) => [m.applicationNo, m.row.rowNumber, m.archive.file])).toEqual([
      ['BG1', 2, 'a.rar'],
    ]);
    expect(
      result.nameMismatches.map((m) => [
        m.applicationNo,
        m.row.application.applicantName,
        m.archive.applicantName,
      ]),
    ).toEqual([['BG2', '乙有限公司', '乙股份有限公司']]);
    expect(result.registerOnly.map((r) => r.rowNumber)).toEqual([4]);
    expect(result.archiveOnly.map((a) => a.file)).toEqual(['c.zip']);
  });

  it('pairs a resent archive again and the first of duplicated register rows', () => {
    const rows = [row(2, 'BG1', '甲有限公司'), row(3, 'BG1', '甲有限公司')];
    const archives = [
      { applicationNo: 'BG1', applicantName: '甲有限公司' },
      { applicationNo: 'BG1', applicantName: '甲有限公司' },
    ];
    const result = matchRegisterToArchives(rows, archives);
    expect(result.matched.map((m) => m.row.rowNumber)).toEqual([2, 2]);
    expect(result.registerOnly).toEqual([]);
  });
});
