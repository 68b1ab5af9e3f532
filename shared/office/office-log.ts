import { z } from 'zod';

/**
 * 办公室操作记录: acts of the office that bypass a safeguard and must stay on record in the signed
 * case itself, such as accepting an older state from a backup.
 */
export const OfficeLogEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('restored'),
    at: z.iso.datetime({ offset: true }),
    /** The generation of the state the office chose to bring back. */
    acceptedGeneration: z.number().int().nonnegative(),
    /** The highest generation this machine had seen before. */
    previousHighest: z.number().int().nonnegative(),
  }),
]);
export type OfficeLogEntry = z.infer<typeof OfficeLogEntrySchema>;
