import { describe, expect, it } from 'vitest';
import type { OfficeMaterial } from '../../../../shared/office/office-material';
import {
  beijingDate,
  beijingDateTime,
  fileSize,
  materialsSummary,
  noticeDeadlineDate,
  problemCategory,
} from '../../../../renderer/features/formal-check/formal-check-view';

function material(id: string, applicationId: string, problems: string[]): OfficeMaterial {
  return {
    id,
    applicationId,
    kind: 'application-text',
    fileName: `${id}.docx`,
    size: 1000,
    sha256: '0'.repeat(64),
    receivedAt: '2026-06-20T14:05:00+08:00',
    problems,
  };
}

describe('noticeDeadlineDate', () => {
  it('closes applications on 25 June of the year (notice 一.(二).1)', () => {
    expect(noticeDeadlineDate(2026)).toBe('2026-06-25');
  });
});

describe('Beijing dates', () => {
  it('gives the calendar day in Beijing, which may be the next UTC day', () => {
    expect(beijingDate('2026-06-25T15:59:59.999Z')).toBe('2026-06-25');
    expect(beijingDate('2026-06-25T16:00:00Z')).toBe('2026-06-26');
    expect(beijingDate('2026-06-26T00:30:00+08:00')).toBe('2026-06-26');
  });

  it('gives Beijing wall time to the minute', () => {
    expect(beijingDateTime('2026-06-20T06:05:42Z')).toBe('2026-06-20 14:05');
    expect(beijingDateTime('2026-06-20T14:05:00+08:00')).toBe('2026-06-20 14:05');
  });
});

describe('problemCategory', () => {
  it('takes what stands before the first colon of either width', () => {
    expect(problemCategory('文档损坏：无法读取')).toBe('文档损坏');
    expect(problemCategory('Damaged: cannot be read')).toBe('Damaged');
  });

  it('takes the whole problem when there is no category', () => {
    expect(problemCategory('格式不符')).toBe('格式不符');
    expect(problemCategory('：开头即冒号')).toBe('：开头即冒号');
  });
});

describe('materialsSummary', () => {
  it("counts one application's files and problems, with each category once in first-seen order", () => {
    const materials = [
      material('m1', 'a1', ['文档损坏：无法读取', '格式不符：应为 PDF']),
      material('m2', 'a2', ['文档损坏：另一个申报']),
      material('m3', 'a1', ['文档损坏：第二份']),
      material('m4', 'a1', []),
    ];
    const summary = materialsSummary(materials, 'a1');
    expect(summary.files.map((m) => m.id)).toEqual(['m1', 'm3', 'm4']);
    expect(summary.problems).toBe(3);
    expect(summary.categories).toEqual(['文档损坏', '格式不符']);
  });

  it('is empty for an application without files', () => {
    expect(materialsSummary([], 'a1')).toEqual({ files: [], problems: 0, categories: [] });
  });
});

describe('fileSize', () => {
  it('shows bytes, then whole kilobytes, then megabytes to one place', () => {
    expect(fileSize(0)).toBe('0 B');
    expect(fileSize(1023)).toBe('1023 B');
    expect(fileSize(1024)).toBe('1 KB');
    expect(fileSize(12_800)).toBe('13 KB');
    expect(fileSize(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(fileSize(1024 * 1024)).toBe('1.0 MB');
  });
});
