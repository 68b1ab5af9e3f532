/**
 * A seat in 封装分发's recipients table: in Chinese the group's name and the role read as one word;
 * in English they are set apart (never "第一专业组Group leader"); the committee's seats alone.
 */
import { describe, expect, it } from 'vitest';
import { seatLabel } from '../../../../renderer/features/sealing/seat-label';

describe('seatLabel', () => {
  it('keeps a group seat one word in Chinese', () => {
    expect(seatLabel('leader', '第一专业组', 'zh-CN')).toBe('第一专业组组长');
    expect(seatLabel('member', '第二专业组', 'zh-CN')).toBe('第二专业组组员');
  });

  it('sets the group name apart from the English role', () => {
    expect(seatLabel('leader', '第一专业组', 'en')).toBe('第一专业组 · Group leader');
    expect(seatLabel('member', '第二专业组', 'en')).toBe('第二专业组 · Member');
  });

  it('says a committee seat by its label alone', () => {
    expect(seatLabel('chair', null, 'zh-CN')).toBe('主任委员');
    expect(seatLabel('vice-chair', null, 'en')).not.toContain('·');
  });
});
