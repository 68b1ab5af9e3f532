import { z } from 'zod';

const Id = z.string().min(1).max(64);

/** 评审委员会 (Articles 12–14): one chair, one vice-chair, and the groups it has set up. */
export const CommitteeSchema = z
  .object({
    /** 主任委员. */
    chairId: Id,
    /** 副主任委员; may act for the chair, recorded as such. */
    viceChairId: Id,
    groupIds: z.array(Id).max(100),
  })
  .superRefine((committee, ctx) => {
    if (committee.chairId === committee.viceChairId) {
      ctx.addIssue({
        code: 'custom',
        message: '主任委员与副主任委员不能为同一人',
        path: ['viceChairId'],
      });
    }
    if (new Set(committee.groupIds).size !== committee.groupIds.length) {
      ctx.addIssue({ code: 'custom', message: '专业组重复', path: ['groupIds'] });
    }
  });
export type Committee = z.infer<typeof CommitteeSchema>;
