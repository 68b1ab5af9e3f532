/** The one table of a list: 公示名单 has neither a score nor a cut-reason column. */
import { describe, expect, it } from 'vitest';
import { listTable } from '../../../shared/report/list-table';
import { formatDeviation, formatPoints } from '../../../shared/report/report-words';
import { publicNotice, shortlist } from './report-samples';

describe('listTable', () => {
  it('prints rank, ids, names, group, score, decision and the reason for a cut', () => {
    const table = listTable(shortlist);
    expect(table.columns).toEqual([
      '排名',
      '申报编号',
      '申报单位',
      '经验名称',
      '专业组',
      '得分',
      '结论',
      '未入选原因',
    ]);
    expect(table.rows[0]).toEqual([
      '1',
      '20260001',
      shortlist.rows[0]!.application.applicantName,
      shortlist.rows[0]!.application.experienceTitle,
      '第一专业组',
      '92.35',
      '入围答辩',
      '',
    ]);
    expect(table.rows[20]![7]).toBe('名额已满（按排名）');
  });

  it('has no score column on 公示名单', () => {
    const table = listTable(publicNotice);
    expect(table.columns).toEqual(['序号', '申报编号', '申报单位', '经验名称', '专业组']);
    expect(table.rows.every((r) => r.length === 5)).toBe(true);
  });

  it('writes points and deviations as reviewers do', () => {
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
    expect(formatDeviation(0.3519)).toBe('+35.2%');
    expect(formatDeviation(-0.31)).toBe('-31%');
    expect(formatDeviation(null)).toBe('—');
  });
});
