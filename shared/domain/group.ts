import { z } from 'zod';

const Id = z.string().min(1).max(64);

/**
 * 专业组 (Article 14): one leader and some members. The leader is kept apart from `memberIds`
 * and must not appear there as well; `groupExpertIds` gives everyone who scores in the group.
 */
export const GroupSchema = z
  .object({
    id: Id,
    name: z.string().trim().min(1).max(100),
    leaderId: Id,
    /** The members other than the leader. */
    memberIds: z.array(Id).max(100),
    applicationIds: z.array(Id).max(1000),
  })
  .superRefine((group, ctx) => {
    if (group.memberIds.includes(group.leaderId)) {
      ctx.addIssue({ code: 'custom', message: '组长不应同时列为组员', path: ['memberIds'] });
    }
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      ctx.addIssue({ code: 'custom', message: '组员重复', path: ['memberIds'] });
    }
    if (new Set(group.applicationIds).size !== group.applicationIds.length) {
      ctx.addIssue({ code: 'custom', message: '申报经验重复分配', path: ['applicationIds'] });
    }
  });
export type Group = z.infer<typeof GroupSchema>;

/** Everyone who reviews in the group, leader first. */
export function groupExpertIds(group: Pick<Group, 'leaderId' | 'memberIds'>): string[] {
  return [group.leaderId, ...group.memberIds];
}
