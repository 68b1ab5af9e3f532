/**
 * The whole renderer↔main contract: channel name → request and response schemas.
 * Names are `<area>:<verb>`; the preload turns them into `api.<area>.<verb>(request)`.
 * Later areas (case, intake, review, bundle…) add their channels here, nowhere else.
 */
import { z } from 'zod';
import { RecommendingUnitSchema } from '../domain/recommending-unit';
import { RubricSchema } from '../domain/rubric';
import { RoundKindSchema } from '../domain/round';
import type { ChannelName } from './channel-names';

const NoInput = z.object({}).strict();

/** A selection year as the office uses it (评选年度). */
export const YearSchema = z.number().int().min(2000).max(2100);

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Which transport answers: the Electron main process, or the test harness. */
  host: z.enum(['electron', 'test-harness']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const UnitDirectorySchema = z.object({
  year: YearSchema,
  units: z.array(RecommendingUnitSchema).max(500),
  /** True when the office has not edited this year's list: it is the seed's Attachment 2. */
  isDefault: z.boolean(),
});
export type UnitDirectory = z.infer<typeof UnitDirectorySchema>;

export const channels = {
  'app:getInfo': { request: NoInput, response: AppInfoSchema },
  'units:list': {
    request: z.object({ year: YearSchema }).strict(),
    response: UnitDirectorySchema,
  },
  'units:save': {
    request: z
      .object({ year: YearSchema, units: z.array(RecommendingUnitSchema).min(1).max(500) })
      .strict(),
    response: UnitDirectorySchema,
  },
  'units:reset': {
    request: z.object({ year: YearSchema }).strict(),
    response: UnitDirectorySchema,
  },
  'rubric:getDefault': {
    request: z.object({ roundKind: RoundKindSchema }).strict(),
    response: RubricSchema,
  },
} as const satisfies Record<ChannelName, ChannelSpec>;

export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

export type Channels = typeof channels;
export type { ChannelName };
export { channelNameList as channelNames, isChannelName } from './channel-names';
export type RequestOf<C extends ChannelName> = z.infer<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.infer<Channels[C]['response']>;
