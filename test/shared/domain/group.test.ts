import { describe, expect, it } from 'vitest';
import { GroupSchema, groupExpertIds } from '../../../shared/domain/group';

const group = {
  id: 'g1',
  name: '第一专业组',
  leaderId: 'e1',
  memberIds: ['e2', 'e3', 'e4'],
  applicationIds: ['a1', 'a2'],
};

describe('GroupSchema', () => {
  it('accepts a leader kept apart from the members', () => {
    expect(GroupSchema.parse(group)).toEqual(group);
    expect(groupExpertIds(group)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('rejects the leader listed again as a member', () => {
    const result = GroupSchema.safeParse({ ...group, memberIds: ['e1', 'e2'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('组长不应同时列为组员');
  });

  it('rejects a repeated member or application', () => {
    expect(GroupSchema.safeParse({ ...group, memberIds: ['e2', 'e2'] }).success).toBe(false);
    expect(GroupSchema.safeParse({ ...group, applicationIds: ['a1', 'a1'] }).success).toBe(false);
  });
});
