import { z } from 'zod';
import { RoundSchema } from '../domain/round';
import { OfficeIdSchema } from './office-id';
import { RoundRuleSchema } from './round-rule';

const UniqueIds = (what: string) =>
  z
    .array(OfficeIdSchema)
    .max(10_000)
    .refine((ids) => new Set(ids).size === ids.length, `${what}重复`);

/**
 * 评审轮次（办公室）: a round with the applications it reviews and the materials its packages
 * carry, by id. The domain Round keeps kind, rubric and status.
 */
export const OfficeRoundSchema = z.object({
  round: RoundSchema,
  applicationIds: UniqueIds('申报经验'),
  materialIds: UniqueIds('材料'),
  /** 保密承诺 as the office worded it for this round; absent: the default (undertaking.ts). */
  undertaking: z.string().trim().min(1).max(20_000).optional(),
  /** 表决规则 (quorum and pass share) the office set for this round; absent: the default (round-rule.ts). */
  deliberationRule: RoundRuleSchema.optional(),
});
export type OfficeRound = z.infer<typeof OfficeRoundSchema>;
