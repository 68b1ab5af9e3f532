/** 推荐单位名录 of one selection year, as the office keeps it. */
import { z } from 'zod';
import { RecommendingUnitSchema } from './recommending-unit';

/** A selection year as the office uses it (评选年度). */
export const YearSchema = z.number().int().min(2000).max(2100);

export const UnitDirectorySchema = z.object({
  year: YearSchema,
  units: z.array(RecommendingUnitSchema).max(500),
  /** True when the office has not edited this year's list: it is the seed's Attachment 2. */
  isDefault: z.boolean(),
});
export type UnitDirectory = z.infer<typeof UnitDirectorySchema>;
