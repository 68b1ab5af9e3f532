import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';

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
    message: schemaRule('chair-is-vice-chair'),
    path: ['viceChairId'],
  });
export type Committee = z.infer<typeof CommitteeSchema>;
