import { z } from 'zod';
import { ApplicationSchema } from '../domain/application';
import { CommitteeSchema } from '../domain/committee';
import { ConflictOfInterestSchema } from '../domain/conflict';
import { RecommendingUnitSchema } from '../domain/recommending-unit';
import { GroupSchema } from '../domain/group';
import { AssignmentSchema } from '../domain/group-in-round';
import { OfficeExpertSchema } from './expert-card';
import { FormalCheckSchema } from './formal-check';
import { IssuedPackageSchema } from './issued-package';
import { OfficeLogEntrySchema } from './office-log';
import { OfficeMaterialSchema } from './office-material';
import { OfficeRoundSchema } from './office-round';
import { StandInSchema } from './stand-ins';
// Issue 11, point 3: the office's follow-up acts (shared/office/followup/).
import { FollowUpSchema } from './followup/followup-acts';

/** Written into every saved case so a later version can tell what it reads. */
export const OFFICE_RECORD_FORMAT = 'qb-office-record';
export const OFFICE_RECORD_VERSION = 2;

/**
 * The fields of the office record, each checked on its own; OfficeRecordSchema adds the checks
 * across fields (every id refers to something that exists).
 */
export const OfficeRecordFieldsSchema = z.object({
  format: z.literal(OFFICE_RECORD_FORMAT),
  version: z.literal(OFFICE_RECORD_VERSION),
  year: z.number().int().min(2000).max(2100),
  /** 申报截止时间 (notice 一.(二).1 and 3), an instant with its offset; null until set. */
  deadline: z.iso.datetime({ offset: true }).nullable(),
  rounds: z.array(OfficeRoundSchema).max(10),
  applications: z.array(ApplicationSchema).max(10_000),
  materials: z.array(OfficeMaterialSchema).max(100_000),
  formalChecks: z.array(FormalCheckSchema).max(10_000),
  experts: z.array(OfficeExpertSchema).max(1000),
  groups: z.array(GroupSchema).max(100),
  committee: CommitteeSchema,
  assignments: z.array(AssignmentSchema).max(100_000),
  conflicts: z.array(ConflictOfInterestSchema).max(100_000),
  /**
   * 代行组长: per round and application whose group leader is in conflict, the member who reads
   * its reviews instead (stand-ins.ts); absent in a record written before there were any.
   */
  standIns: z.array(StandInSchema).max(100_000).optional(),
  /** Every package sealed, with its per-person sequence. */
  issuedPackages: z.array(IssuedPackageSchema).max(100_000),
  /**
   * 推荐单位名录 of the year as the office edited it; absent while it is the notice's
   * Attachment 2 (a record written before the list lived here reads the same way).
   */
  units: z.array(RecommendingUnitSchema).min(1).max(500).optional(),
  /**
   * 后续工作记录 (Articles 20–22): the consultation, on-site checks, the notice, objections, the
   * re-review, the approval, the final list, the working-day calendar and the defense round's
   * order and absences, each act with who and when (shared/office/followup/); absent in a record
   * written before there were any.
   */
  followUp: FollowUpSchema.optional(),
  /** Acts of the office kept on record (a restore from backup). */
  log: z.array(OfficeLogEntrySchema).max(10_000),
});

/** 办公室工作案卷: the office's whole working state for one year, before and after sealing. */
export type OfficeRecord = z.infer<typeof OfficeRecordFieldsSchema>;
