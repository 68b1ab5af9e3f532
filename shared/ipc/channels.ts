/**
 * The whole renderer↔main contract: channel name → request and response schemas.
 * Names are `<area>:<verb>`; the preload turns them into `api.<area>.<verb>(request)`.
 * Later areas (case, intake, review, bundle…) add their channels here, nowhere else.
 */
import { z } from 'zod';
import { RecommendingUnitSchema } from '../domain/recommending-unit';
import { RubricSchema } from '../domain/rubric';
import type { ChannelName } from './channel-names';
import { ConflictKindSchema } from '../domain/conflict';
import { ExpertRoleSchema } from '../domain/expert';
import { ApplicationSchema } from '../domain/application';
import { MaterialKindSchema } from '../domain/material';
import { FormalCheckItemIdSchema } from '../office/formal-check-items';
import { FormalCheckStateSchema } from '../office/formal-check-state';
import {
  DroppedFileSchema,
  IntakeReportViewSchema,
  OfficeOverviewSchema,
  OfficeStatusSchema,
  CardPreviewViewSchema,
  RegisterReportViewSchema,
  SealReportViewSchema,
  SlipsReportViewSchema,
} from '../office/office-views';
import { YearSchema } from '../domain/selection-year';
import { identityChannels } from './identity-channels';
import { deskChannels } from './desk-channels';
import { lockChannels } from './lock-channels';
import { reviewChannels } from './review-channels';
import { journalChannels } from './journal-channels';
import { followupChannels } from './followup-channels';
import { deliberationChannels } from './deliberation-channels';
import { committeeChannels } from './committee-channels';

const NoInput = z.object({}).strict();
const Id = z.string().min(1).max(64);
/** A rule as the office typed it: whole numbers; the bounds are the record's to refuse, in words. */
const RuleShareRequest = z
  .object({
    numerator: z.number().int().min(0).max(10_000),
    denominator: z.number().int().min(1).max(10_000),
  })
  .strict();
const RoundRuleRequestSchema = z
  .object({ quorum: RuleShareRequest, pass: RuleShareRequest })
  .strict();

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Which transport answers: the Electron main process, or the test harness. */
  host: z.enum(['electron', 'test-harness']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const channels = {
  'app:getInfo': { request: NoInput, response: AppInfoSchema },
  'office:status': { request: NoInput, response: OfficeStatusSchema },
  'office:open': {
    request: z
      .object({
        passphrase: z.string().min(1).max(1024),
        create: z.object({ year: YearSchema }).strict().optional(),
        /** Accept this older state: a restore from backup, an explicit act, logged. */
        restoreGeneration: z.number().int().nonnegative().optional(),
      })
      .strict(),
    response: OfficeStatusSchema,
  },
  'office:close': { request: NoInput, response: OfficeStatusSchema },
  'office:overview': { request: NoInput, response: OfficeOverviewSchema },
  'office:intake': {
    request: z
      .object({
        files: z.array(DroppedFileSchema).min(1).max(500),
        password: z.string().min(1).max(1024).optional(),
      })
      .strict(),
    response: z.array(IntakeReportViewSchema),
  },
  'office:importRegister': {
    request: z.object({ file: DroppedFileSchema }).strict(),
    response: RegisterReportViewSchema,
  },
  'office:updateApplication': {
    request: z.object({ application: ApplicationSchema }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:setMaterialKind': {
    request: z.object({ materialId: Id, kind: MaterialKindSchema }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:setFormalCheckItem': {
    request: z
      .object({
        applicationId: Id,
        itemId: FormalCheckItemIdSchema,
        state: FormalCheckStateSchema.nullable().optional(),
        note: z.string().max(2000).optional(),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
  'office:setDeadline': {
    request: z.object({ deadline: z.iso.datetime({ offset: true }).nullable() }).strict(),
    response: OfficeOverviewSchema,
  },
  /** 推荐单位名录 of the record's year, kept in the record. */
  'office:setUnits': {
    request: z.object({ units: z.array(RecommendingUnitSchema).min(1).max(500) }).strict(),
    response: OfficeOverviewSchema,
  },
  /** Back to Attachment 2 of the notice. */
  'office:resetUnits': { request: NoInput, response: OfficeOverviewSchema },
  'office:previewCard': {
    request: z.object({ card: z.string().min(1).max(20_000) }).strict(),
    response: CardPreviewViewSchema,
  },
  'office:registerExpert': {
    request: z
      .object({
        card: z.string().min(1).max(20_000),
        id: Id,
        role: ExpertRoleSchema,
        /** The fingerprint the expert read out, compared with the card's. */
        fingerprint: z.string().max(100),
        /** The office's record of the region; the card's when left out. */
        region: z.string().trim().min(1).max(100).optional(),
        fields: z.array(z.string().trim().min(1).max(100)).max(50),
        industries: z.array(z.string().trim().min(1).max(100)).max(50),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
  'office:setGroup': {
    request: z
      .object({
        id: Id,
        name: z.string().trim().min(1).max(100),
        leaderId: Id.optional(),
        memberIds: z.array(Id).max(100),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
  'office:setCommittee': {
    request: z.object({ chairId: Id.optional(), viceChairId: Id.optional() }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:assign': {
    request: z.object({ roundId: Id, applicationId: Id, groupId: Id.nullable() }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:addConflict': {
    request: z
      .object({
        expertId: Id,
        applicationId: Id,
        kind: ConflictKindSchema,
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
  'office:removeConflict': {
    request: z.object({ expertId: Id, applicationId: Id }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:setRoundApplications': {
    request: z.object({ roundId: Id, applicationIds: z.array(Id).max(10_000) }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:addDefenseRound': {
    request: z.object({ materialRoundId: Id, shortlist: z.array(Id).min(1).max(10_000) }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:setRubric': {
    request: z.object({ roundId: Id, rubric: RubricSchema }).strict(),
    response: OfficeOverviewSchema,
  },
  /** 代行组长 for an application whose group leader is in conflict with it (issue 10). */
  'office:setStandIn': {
    request: z.object({ roundId: Id, applicationId: Id, expertId: Id }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:clearStandIn': {
    request: z.object({ roundId: Id, applicationId: Id }).strict(),
    response: OfficeOverviewSchema,
  },
  /** 保密承诺 of a draft round; null: back to the default text. */
  'office:setUndertaking': {
    request: z.object({ roundId: Id, text: z.string().max(20_000).nullable() }).strict(),
    response: OfficeOverviewSchema,
  },
  /** 表决规则 of a draft round; null: back to the default (shared/office/round-rule.ts checks the bounds). */
  'office:setRoundRule': {
    request: z.object({ roundId: Id, rule: RoundRuleRequestSchema.nullable() }).strict(),
    response: OfficeOverviewSchema,
  },
  'office:seal': {
    request: z.object({ roundId: Id, withPassphrases: z.boolean() }).strict(),
    response: SealReportViewSchema,
  },
  'office:reissue': {
    request: z
      .object({
        roundId: Id,
        expertId: Id,
        withPassphrase: z.boolean(),
        note: z.string().trim().max(500).optional(),
      })
      .strict(),
    response: SealReportViewSchema,
  },
  'office:writeSlips': { request: NoInput, response: SlipsReportViewSchema },
  ...identityChannels,
  ...deskChannels,
  ...journalChannels,
  ...lockChannels,
  ...reviewChannels,
  ...deliberationChannels,
  ...committeeChannels,
  ...followupChannels,
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
