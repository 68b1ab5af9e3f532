/**
 * `journal:` channels: the expert's own work on the open package (annotations, reading
 * positions), kept in their journal in main. An append answers once the record is on disk, so
 * the screen says 已保存 only then. A backup's folder and a restore's file come from main's
 * dialogs (the renderer never names a path). Spread into the one channel map (channels.ts).
 */
import { z } from 'zod';
import {
  JournalAppendEntrySchema,
  JournalAppendedSchema,
  JournalBackupOutcomeSchema,
  JournalRestoreOutcomeSchema,
  JournalStatusSchema,
  JournalTargetSchema,
} from '../journal/journal-views';

const NoInput = z.object({}).strict();

export const journalChannels = {
  /** The open package's journal (opened or begun on first use), or why there is none. */
  'journal:status': { request: NoInput, response: JournalStatusSchema },
  /**
   * Appends one entry to the journal it was made in (its case and owner, as the status named
   * them): refused if main's open journal is another since (a package or identity switched);
   * answers with its record once written and flushed.
   */
  'journal:append': {
    request: z.object({ journal: JournalTargetSchema, entry: JournalAppendEntrySchema }).strict(),
    response: JournalAppendedSchema,
  },
  /** An encrypted backup into the folder main's dialog gives. */
  'journal:exportBackup': { request: NoInput, response: JournalBackupOutcomeSchema },
  /** The backup main's dialog gives, restored as the open package's journal. */
  'journal:restoreBackup': { request: NoInput, response: JournalRestoreOutcomeSchema },
} as const;
