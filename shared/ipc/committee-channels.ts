/**
 * `committee:` channels: the chair's work (主任委员, or the vice-chair acting for the chair) in the
 * open package (issue 11 point 2, docs/committee-desk.md). Group bundles come from main's file
 * dialog, are verified down to each member's signature and kept (signed, encrypted, as they
 * came) in the app's data; the chair's decisions for the list are checked against the merge
 * before the journal takes them; the result bundle and the re-review act are signed in main and
 * written where main's save dialog says; the reports go to a folder main's dialog asks for,
 * with the plaintext warning. Every answer carries the new state. Spread into channels.ts.
 */
import { z } from 'zod';
import {
  CommitteeDeskSettingsSchema,
  CommitteeDeskStateSchema,
  ImportedGroupOutcomeSchema,
  Place,
  ReReviewRequestSchema,
  ReReviewSignedSchema,
  ReportsExportedSchema,
  ResultBundleExportSchema,
} from '../committee-desk/committee-desk-views';

const NoInput = z.object({}).strict();

export const committeeChannels = {
  /** Whether this person signs for the committee in the open package, and all of it if so. */
  'committee:state': { request: NoInput, response: CommitteeDeskStateSchema },
  /** Imports the group bundles main's dialog gives: all verified and merged, or none kept. */
  'committee:importBundles': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      imported: z.array(ImportedGroupOutcomeSchema).max(64).nullable(),
      state: CommitteeDeskStateSchema,
    }),
  },
  /** The chair's decisions for the list, taken once the merge accepts them. */
  'committee:setSettings': {
    request: z.object({ ...Place, settings: CommitteeDeskSettingsSchema }).strict(),
    response: CommitteeDeskStateSchema,
  },
  /** Signs the result bundle and writes it where main's save dialog says; null: cancelled. */
  'committee:exportResultBundle': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      exported: ResultBundleExportSchema.nullable(),
      state: CommitteeDeskStateSchema,
    }),
  },
  /**
   * The lists and the groups' reports, plaintext, into a folder main's dialog asks for; recorded
   * in the journal with every file's SHA-256. null: cancelled.
   */
  'committee:exportReports': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      exported: ReportsExportedSchema.nullable(),
      state: CommitteeDeskStateSchema,
    }),
  },
  /** Signs the committee's re-review of an objection against the last result bundle. */
  'committee:signReReview': {
    request: ReReviewRequestSchema,
    response: z.strictObject({
      signed: ReReviewSignedSchema.nullable(),
      state: CommitteeDeskStateSchema,
    }),
  },
} as const;
