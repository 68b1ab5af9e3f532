/** Hits grouped by application in the package's order, then by material in the application's. */
import { describe, expect, it } from 'vitest';
import { groupHits } from '../../../../renderer/features/search/group-hits';
import type { SearchHitView } from '../../../../renderer/features/search/search-protocol';
import type { DeskPackageView } from '../../../../shared/desk/desk-views';

const material = (id: string, name: string) => ({ id, kind: 'other', name, size: 1 }) as const;

const opened = {
  applications: [
    {
      id: 'a1',
      applicationNo: '2026-001',
      applicantName: '甲公司',
      experienceTitle: '精益质量管理',
      materials: [material('m1', '申报书.docx'), material('m2', '证明.pdf')],
    },
    {
      id: 'a2',
      applicationNo: '2026-002',
      applicantName: '乙公司',
      experienceTitle: '数字化质量',
      materials: [material('m3', '申报书.docx')],
    },
  ],
} as unknown as DeskPackageView;

const hit = (
  applicationId: string,
  materialId: string,
  match: string,
  page?: number,
): SearchHitView => ({
  applicationId,
  materialId,
  ...(page === undefined ? {} : { page }),
  before: '',
  match,
  after: '',
  quote: { type: 'TextQuoteSelector', exact: match },
});

describe('groupHits', () => {
  it('follows the package, not the order the hits came in', () => {
    const groups = groupHits(opened, [
      hit('a2', 'm3', '一'),
      hit('a1', 'm2', '二', 4),
      hit('a1', 'm1', '三'),
      hit('a1', 'm2', '四', 5),
    ]);
    expect(
      groups.map((g) => [
        g.applicationNo,
        g.experienceTitle,
        g.count,
        g.materials.map((m) => [m.name, m.hits.map((h) => h.match)]),
      ]),
    ).toEqual([
      [
        '2026-001',
        '精益质量管理',
        3,
        [
          ['申报书.docx', ['三']],
          ['证明.pdf', ['二', '四']],
        ],
      ],
      ['2026-002', '数字化质量', 1, [['申报书.docx', ['一']]]],
    ]);
    expect(groupHits(opened, [])).toEqual([]);
  });
});
