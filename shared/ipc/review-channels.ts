/**
 * `review:` channels: the expert's review of the open package's round. What must be signed (the
 * confidentiality undertaking, a declared conflict) is signed in main with the unlocked
 * identity's key and appended to their journal; the answer is the record, once written and
 * fsync'd. Scores, comments and decisions go through `journal:append`. Spread into the one
 * channel map (channels.ts).
 */
import { z } from 'zod';
import { ConflictKindSchema } from '../domain/conflict';
import { JournalAppendedSchema } from '../journal/journal-views';
import { CONFLICT_REASON_MAX_LENGTH } from '../review/conflict-declaration';
import { ReviewContextSchema } from '../review/review-context';
import { ReviewSubmissionSchema } from '../review/review-submission';

const NoInput = z.object({}).strict();
/** A round id (shared/domain/panel-id.ts), as the journal's review entries carry it. */
const RoundId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);

export const reviewChannels = {
  /** The open package's round, rubric and undertaking, and whether this person can sign. */
  'review:context': { request: NoInput, response: ReviewContextSchema },
  /** Signs the round's undertaking: `textSha256` names the text the person read. */
  'review:signUndertaking': {
    request: z.object({ textSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    response: JournalAppendedSchema,
  },
  /** Declares a conflict with one application (type and reason), signed; it closes at once. */
  'review:declareConflict': {
    request: z
      .object({
        applicationId: z.string().min(1).max(64),
        conflictKind: ConflictKindSchema,
        reason: z.string().max(CONFLICT_REASON_MAX_LENGTH),
      })
      .strict(),
    response: JournalAppendedSchema,
  },
  /**
   * Submits the round's review: the signed review bundle (.qbbundle) written into a folder the
   * person chooses; null when they cancel the folder dialog. Locks the round's review.
   */
  'review:submit': {
    request: z.object({ roundId: RoundId }).strict(),
    response: z.strictObject({ submission: ReviewSubmissionSchema.nullable() }),
  },
  /** Reopens a submitted review for edits; the next submission gets the next sequence. */
  'review:reopen': {
    request: z.object({ roundId: RoundId }).strict(),
    response: JournalAppendedSchema,
  },
  /**
   * Exports one application's 评审意见表 as Word (a deliberate plaintext export) into a folder the
   * person chooses; null when they cancel.
   */
  'review:exportOpinionForm': {
    request: z.object({ roundId: RoundId, applicationId: z.string().min(1).max(64) }).strict(),
    response: z.strictObject({ fileName: z.string().min(1).max(200) }).nullable(),
  },
} as const;
