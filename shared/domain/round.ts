import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';
import { PanelIdSchema } from './panel-id';
import { RoundKindSchema } from './round-kind';
import { RubricSchema } from './rubric';

// The kind lives in its own module so that rubric.ts can use it without an import cycle.
export { RoundKindSchema, roundKindLabels } from './round-kind';
export type { RoundKind } from './round-kind';

export const RoundStatusSchema = z.enum(['draft', 'open', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export const roundStatusLabels: Readonly<Record<RoundStatus, { zh: string; en: string }>> = {
  draft: { zh: '准备中', en: 'Draft' },
  open: { zh: '评审中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
};

/**
 * 评审轮次: one review round of one year. The rubric is embedded, not referenced, so that a
 * sealed case package carries exactly the rubric its experts score against.
 */
export const RoundSchema = z
  .object({
    id: PanelIdSchema,
    year: z.number().int().min(2000).max(2100),
    kind: RoundKindSchema,
    name: z.string().trim().min(1).max(100),
    rubric: RubricSchema,
    status: RoundStatusSchema,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .refine((round) => round.rubric.roundKind === round.kind, {
    message: schemaRule('rubric-round-kind'),
    path: ['rubric', 'roundKind'],
  });
export type Round = z.infer<typeof RoundSchema>;
