import { describe, expect, it } from 'vitest';
import { GroupSchema, groupExpertIds } from '../../../shared/domain/group';
import { AppError, parseOrThrow } from '../../../shared/errors';

const group = {
  id: 'g1',
  name: '第一专业组',
  leaderId: 'e1',
  memberIds: ['e2', 'e3', 'e4'],
};

describe('GroupSchema', () => {
  it('accepts a leader kept apart from the members', () => {
    expect(GroupSchema.parse(group)).toEqual(group);
    expect(groupExpertIds(group)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('accepts a group whose leader is not chosen yet', () => {
    const { leaderId: _leader, ...leaderless } = group;
    expect(GroupSchema.parse(leaderless)).toEqual(leaderless);
    expect(groupExpertIds(leaderless)).toEqual(['e2', 'e3', 'e4']);
  });

  it('rejects the leader listed again as a member', () => {
    const result = GroupSchema.safeParse({ ...group, memberIds: ['e1', 'e2'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('组长不应同时列为组员');
  });

  it('rejects a repeated member', () => {
    const result = GroupSchema.safeParse({ ...group, memberIds: ['e2', 'e2'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('组员重复');
  });

  it('holds no applications: those are assigned per round', () => {
    expect(GroupSchema.parse({ ...group, applicationIds: ['a1'] })).toEqual(group);
  });

  it('names its rules by code, so a refusal can be told in either language', () => {
    const refusal = (() => {
      try {
        parseOrThrow(GroupSchema, { ...group, memberIds: ['e1', 'e2', 'e2'] }, 'group');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError<'invalid-value'>).params.issues).toEqual([
      { path: 'memberIds', rule: 'leader-also-member' },
      { path: 'memberIds', rule: 'members-repeated' },
    ]);
  });
});
