import { z } from 'zod';

const ExpertId = z.string().min(1).max(64);

/**
 * 评审委员会 (Articles 12–14): the chair and the vice-chair, each unset until the office appoints
 * them (sealing refuses a round without both). The committee's groups are the office's groups
 * (group.ts), not listed again here.
 */
export const CommitteeSchema = z
  .object({
    /** 主任委员. */
    chairId: ExpertId.optional(),
    /** 副主任委员; may act for the chair, recorded as such. */
    viceChairId: ExpertId.optional(),
  })
  .refine((c) => c.chairId === undefined || c.chairId !== c.viceChairId, {
    message: '主任委员与副主任委员不能为同一人',
    path: ['viceChairId'],
  });
export type Committee = z.infer<typeof CommitteeSchema>;
