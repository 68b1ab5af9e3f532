/**
 * `deliberation:` channels: the group leader's deliberation (合议, issue 11 point 1) in the open
 * package, for the leader or the stand-in the office designated. Member review bundles come from
 * main's file dialog, are verified and kept (signed, encrypted, as they came) in the app's data;
 * records are checked against the merge in main before the journal takes them; the group bundle
 * is signed in main and written where main's save dialog says. Every answer carries the new
 * state. Spread into the one channel map (channels.ts).
 */
import { z } from 'zod';
import {
  DeliberationStateSchema,
  GroupBundleExportSchema,
  GroupReportsExportedSchema,
  ImportedBundleSchema,
} from '../deliberation/deliberation-views';
import { DeliberationRecordSchema } from '../merge/deliberation-records';

const NoInput = z.object({}).strict();
/** Which deliberation a change is meant for: refused when another package is open since. */
const Place = {
  caseId: z.string().regex(/^[0-9a-f]{32}$/),
  roundId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
} as const;

export const deliberationChannels = {
  /** Whether this person chairs a deliberation in the open package, and all of it if so. */
  'deliberation:state': { request: NoInput, response: DeliberationStateSchema },
  /**
   * Imports the member review bundles main's dialog gives (several files): all verified and
   * merged, or none kept. `imported` is null when the dialog was cancelled.
   */
  'deliberation:importBundles': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      imported: z.array(ImportedBundleSchema).max(1000).nullable(),
      state: DeliberationStateSchema,
    }),
  },
  /** Appends one deliberation record, once it fits the merge and the records before it. */
  'deliberation:append': {
    request: z.object({ ...Place, record: DeliberationRecordSchema }).strict(),
    response: z.strictObject({
      number: z.number().int().positive(),
      state: DeliberationStateSchema,
    }),
  },
  /**
   * Signs the group bundle (the member bundles embedded, a section per application) and writes
   * it where main's save dialog says; `exported` is null when the dialog was cancelled.
   */
  'deliberation:exportGroupBundle': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      exported: GroupBundleExportSchema.nullable(),
      state: DeliberationStateSchema,
    }),
  },
  /**
   * The group's reports, plaintext, from the last group bundle exported, into a folder main's
   * dialog asks for with the warning; `exported` is null when the dialog was cancelled.
   */
  'deliberation:exportReports': {
    request: z.object(Place).strict(),
    response: z.strictObject({
      exported: GroupReportsExportedSchema.nullable(),
      state: DeliberationStateSchema,
    }),
  },
} as const;
