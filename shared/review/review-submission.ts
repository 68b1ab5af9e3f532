/**
 * The expert's submitted review bundles of a round (issue 10, point 5), as main tells the
 * renderer: `review:submit` answers with the one it wrote, `review:context` lists them all and
 * says whether the round's review is locked (submitted and not reopened since). The sequence
 * is the bundle's per-expert number, never the clock; `at` is the laptop's clock, shown only.
 */
import { z } from 'zod';

/** A bundle's file name as written into the chosen folder: no path, no separator. */
export const BundleFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:\0]+$/);

/** What `review:submit` answers: the bundle written. */
export const ReviewSubmissionSchema = z.strictObject({
  fileName: BundleFileNameSchema,
  /** 1 for the first bundle of the round, one above the highest before for a resubmission. */
  sequence: z.number().int().positive(),
  /** How many applications the bundle holds a section of (reviews and declared conflicts). */
  applications: z.number().int().nonnegative(),
});
export type ReviewSubmission = z.infer<typeof ReviewSubmissionSchema>;

/** One submission of the round, as the journal remembers it (`review-submitted`). */
export const SubmittedBundleSchema = z.strictObject({
  sequence: z.number().int().positive(),
  fileName: BundleFileNameSchema,
  /** When it was written, by the laptop's clock: shown as 已提交, never used to order. */
  at: z.iso.datetime({ offset: true }),
});
export type SubmittedBundle = z.infer<typeof SubmittedBundleSchema>;
