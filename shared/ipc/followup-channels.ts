/**
 * `followup:` channels (issue 11, point 3): the office's follow-up acts on the open record, each
 * recorded with who (the office's fingerprint and the handler named) and when (main's clock).
 */
import { z } from 'zod';
import { OfficeReportKindSchema } from '../office/followup/followup-acts';
import { FollowUpRequestSchema } from '../office/followup/followup-request';
import { DroppedFileSchema, OfficeOverviewSchema } from '../office/office-views';
import type { ResultDetailView } from '../office/followup/result-detail-view';

const Id = z.string().min(1).max(64);
const Handler = z.string().trim().min(1).max(50);

/** Main computed it from a verified bundle, so it is checked here only as an object. */
const ResultDetailViewSchema = z.custom<ResultDetailView>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { roundId?: unknown }).roundId === 'string',
);

export const followupChannels = {
  'followup:record': {
    request: z
      .object({
        act: FollowUpRequestSchema,
        /** 经办人: the staff member recording the act. */
        handler: z.string().trim().min(1).max(50),
      })
      .strict(),
    response: OfficeOverviewSchema,
  },
  /**
   * The chair's result bundle of a round, as the file the office chose (verified in main): the
   * new overview, and the opened merge's list, cuts and ranking for the screen to show.
   */
  'followup:importResult': {
    request: z.object({ roundId: Id, file: DroppedFileSchema, handler: Handler }).strict(),
    response: z.object({
      overview: OfficeOverviewSchema,
      result: ResultDetailViewSchema,
      /** The same file was on record for the round: nothing recorded again. */
      alreadyImported: z.boolean(),
    }),
  },
  /**
   * The round's imported result bundle, read from the office's encrypted workspace and opened
   * again in main (after a restart): its list, cuts and ranking, or null when none is imported
   * or its bytes were not kept (an import recorded before they were).
   */
  'followup:openResult': {
    request: z.object({ roundId: Id }).strict(),
    response: ResultDetailViewSchema.nullable(),
  },
  /**
   * The office's reports of a round (公示名单 as Word, CSV and XLSX; 异议处理记录 as Word), a
   * plaintext export into a new folder inside the one main's dialog asks for with the warning,
   * recorded as an act with every file's SHA-256: the folder's name and files, the new overview;
   * null when the dialog was cancelled.
   */
  'followup:exportReports': {
    request: z
      .object({
        roundId: Id,
        reports: z.array(OfficeReportKindSchema).min(1).max(2),
        handler: Handler,
      })
      .strict(),
    response: z
      .object({
        exported: z.object({ folderName: z.string(), files: z.array(z.string()) }),
        overview: OfficeOverviewSchema,
      })
      .nullable(),
  },
  /** 答辩评审 from the imported result of a material round: its signed 入围答辩名单. */
  'followup:defenseFromResult': {
    request: z.object({ materialRoundId: Id }).strict(),
    response: OfficeOverviewSchema,
  },
  /**
   * The signed follow-up record saved where the office chooses in main's save dialog (after the
   * plaintext warning): the file's name, or null when cancelled.
   */
  'followup:exportRecord': {
    request: z.object({}).strict(),
    response: z.object({ fileName: z.string() }).nullable(),
  },
  /** The committee's signed re-review of an objection (verified in main). */
  'followup:importReReview': {
    request: z.object({ file: DroppedFileSchema, handler: Handler }).strict(),
    response: OfficeOverviewSchema,
  },
} as const;
