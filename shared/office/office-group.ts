import { z } from 'zod';
import { PanelIdSchema } from '../domain/panel-id';
import { OfficeIdSchema } from './office-id';

/**
 * 专业组 as the office forms it (Article 14). Unlike the domain's Group it holds no applications:
 * groups serve every round, and which applications a group reviews is an Assignment per round.
 * The leader may be chosen after the members, so it is optional here and reported until set.
 */
export const OfficeGroupSchema = z
  .object({
    id: PanelIdSchema,
    name: z.string().trim().min(1).max(100),
    leaderId: OfficeIdSchema.optional(),
    /** The members other than the leader. */
    memberIds: z.array(OfficeIdSchema).max(100),
  })
  .superRefine((group, ctx) => {
    if (group.leaderId !== undefined && group.memberIds.includes(group.leaderId)) {
      ctx.addIssue({ code: 'custom', message: '组长不应同时列为组员', path: ['memberIds'] });
    }
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      ctx.addIssue({ code: 'custom', message: '组员重复', path: ['memberIds'] });
    }
  });
export type OfficeGroup = z.infer<typeof OfficeGroupSchema>;

/** 分组分配: which group reviews an application in a round; at most one per round. */
export const AssignmentSchema = z.object({
  roundId: OfficeIdSchema,
  applicationId: OfficeIdSchema,
  groupId: OfficeIdSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** 主任委员、副主任委员 (Article 13), each optional until appointed. */
export const OfficeCommitteeSchema = z
  .object({ chairId: OfficeIdSchema.optional(), viceChairId: OfficeIdSchema.optional() })
  .refine((c) => c.chairId === undefined || c.chairId !== c.viceChairId, {
    message: '主任委员与副主任委员不能为同一人',
    path: ['viceChairId'],
  });
export type OfficeCommittee = z.infer<typeof OfficeCommitteeSchema>;

/** Everyone who reviews in the group, leader first (when there is one). */
export function officeGroupExpertIds(group: {
  readonly leaderId?: string;
  readonly memberIds: readonly string[];
}): string[] {
  return group.leaderId === undefined ? [...group.memberIds] : [group.leaderId, ...group.memberIds];
}
