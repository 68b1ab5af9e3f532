import { describe, expect, it } from 'vitest';
import { PanelIdSchema } from '../../../shared/domain/panel-id';
import { ExpertSchema } from '../../../shared/domain/expert';
import { GroupSchema } from '../../../shared/domain/group';
import { registerExpert, emptyOfficeRecord } from '../../../shared/office/office-record';

describe('ids of experts, groups and rounds', () => {
  it.each(['e01', 'g1', 'material', 'defense-3', 'A_b-9', 'x'.repeat(32)])('accepts %s', (id) => {
    expect(PanelIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['a path that climbs out', '../../x'],
    ['a path', 'a/b'],
    ['a Windows path', 'a\\b'],
    ['empty', ''],
    ['too long', 'x'.repeat(33)],
    ['a space', 'e 01'],
    ['Chinese', '张三'],
    ['a dot', 'e.01'],
    ['CON', 'CON'],
    ['nul in lower case', 'nul'],
    ['COM1', 'com1'],
    ['LPT9', 'LPT9'],
  ])('refuses %s', (_, id) => {
    expect(PanelIdSchema.safeParse(id).success).toBe(false);
  });

  it('holds for experts, groups and the office’s registration', () => {
    const expert = {
      id: '../../x',
      name: '张三',
      organisation: '某研究院',
      region: '北京',
      fields: [] as string[],
      industries: [] as string[],
      role: 'member' as const,
    };
    expect(ExpertSchema.safeParse(expert).success).toBe(false);
    expect(GroupSchema.safeParse({ id: 'AUX', name: '组', memberIds: [] }).success).toBe(false);
    expect(() => registerExpert(emptyOfficeRecord(2026), expert)).toThrow(/编号须为/);
  });
});
