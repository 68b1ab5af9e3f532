/**
 * 专业组 (Article 14): the one group model. The office forms a group once for the year and it
 * serves every round; the applications it reviews are decided per round (group-in-round.ts), and
 * a case package describes it with its members' public facts (shared/case/case-manifest.ts). The
 * office's panel, the expert's package and the leader's deliberation all speak of this Group.
 */
import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';
import { PanelIdSchema } from './panel-id';

const ExpertId = z.string().min(1).max(64);

/**
 * A group as the office forms it: one leader (组长 1 人) and members (成员若干人). The leader may
 * be chosen after the members, so it is optional here; sealing refuses a group without one. The
 * leader is kept apart from `memberIds` and must not appear there as well.
 */
export const GroupSchema = z
  .object({
    id: PanelIdSchema,
    name: z.string().trim().min(1).max(100),
    leaderId: ExpertId.optional(),
    /** The members other than the leader. */
    memberIds: z.array(ExpertId).max(100),
  })
  .superRefine((group, ctx) => {
    if (group.leaderId !== undefined && group.memberIds.includes(group.leaderId)) {
      ctx.addIssue({
        code: 'custom',
        message: schemaRule('leader-also-member'),
        path: ['memberIds'],
      });
    }
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      ctx.addIssue({
        code: 'custom',
        message: schemaRule('members-repeated'),
        path: ['memberIds'],
      });
    }
  });
export type Group = z.infer<typeof GroupSchema>;

/** Everyone who reviews in the group, leader first (when there is one). */
export function groupExpertIds(group: {
  readonly leaderId?: string | undefined;
  readonly memberIds: readonly string[];
}): string[] {
  return group.leaderId === undefined ? [...group.memberIds] : [group.leaderId, ...group.memberIds];
}
